namespace RoiReportGen.Pipeline;

/// <summary>The output folder may not be replaced; the message is the one line the user sees.</summary>
public sealed class OutputFolderException(string message) : Exception(message);
