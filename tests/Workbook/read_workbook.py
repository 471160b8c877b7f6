"""Reads an .xlsx with openpyxl (Debian's python3-openpyxl), an implementation independent of the
Open XML SDK that wrote it, and prints every sheet as JSON: its frozen pane, its autofilter range and
each row's cells as [data_type, value, number_format], the value as openpyxl typed it (a string, a
float or int, a date as ISO yyyy-mm-dd) and null for an empty cell. Used by WorkbookIndependentReaderTests."""
import datetime
import json
import sys

import openpyxl


def cell(c):
    v = c.value
    if isinstance(v, datetime.datetime):
        v = v.date().isoformat()
    elif isinstance(v, float):
        v = repr(v)
    elif isinstance(v, int) and not isinstance(v, bool):
        v = str(v)
    return [c.data_type, v, c.number_format]


book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([
    {
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "rows": [[cell(c) for c in row] for row in ws.iter_rows()],
    }
    for ws in book.worksheets
], ensure_ascii=False))
