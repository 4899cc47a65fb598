# A traceback formatted after its exception object is gone still gets its caret lines.
import os
import sys
import traceback


def get_tb():
    try:
        return [1][2]
    except IndexError:
        return sys.exc_info()[2]


def get_tb2():
    try:
        return [1][2] + 1
    except IndexError as e:
        return e.__traceback__


for tb in (get_tb(), get_tb2()):
    print("".join(traceback.format_tb(tb)).replace(os.getcwd() + '/', ''))
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.colno, fs.end_colno)
