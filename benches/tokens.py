"""Counts the tokens of Rust source on stdin, roughly as rustc lexes them:
identifiers, literals (a string, byte string or char is one token, however
long) and punctuation (each character; `::` is two). For comparing two
expansions, which the line count alone would leave to the pretty-printer's
line breaks."""
import re
import sys

TOKEN = re.compile(r'''
    b?r(?P<h>\#*)".*?"(?P=h)     # raw (byte) string
  | b?"(?:\\.|[^"\\])*"          # (byte) string
  | b?'(?:\\.|[^'\\])'           # (byte) char
  | '[A-Za-z_]\w*                # lifetime
  | [A-Za-z_]\w*                 # identifier or keyword
  | \d[\w.]*                     # number
  | \S                           # punctuation
''', re.X | re.S)

print(sum(1 for _ in TOKEN.finditer(sys.stdin.read())))
