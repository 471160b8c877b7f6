using RoiReportGen.FileSystem;

namespace RoiReportGen.Pipeline;

/// <summary>
/// An output folder a build has checked it may replace: <paramref name="Target"/> as the user wrote it
/// (for messages), its real full path (links resolved) and which folder stood there when the build started
/// (null when none did or it cannot be known), and the marker that makes a folder ours to replace.
/// </summary>
internal sealed record OutputClaim(string Target, string FullPath, RealPath.Identity? Identity, FolderMarker Marker);
