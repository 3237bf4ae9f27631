"""Writes a disguised copy of a hand-written set: homoglyphs, zero-width characters, leetspeak, letters split by dots and
full-width forms, one method a message (cycling), on about half the words of four letters or more.
usage: python3 disguise.py p192.jsonl p192-disguised.jsonl"""
import json, random, sys

random.seed(7)
HOMOGLYPHS = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у', 'i': 'і'}
LEET = {'a': '4', 'e': '3', 'i': '1', 'o': '0', 's': '5', 't': '7'}


def full_width(ch):
    return chr(ord(ch) + 0xFEE0) if '!' <= ch <= '~' else ch


def disguise(text, method):
    words = []
    for w in text.split(' '):
        if len(w) < 4 or random.random() < 0.5:
            words.append(w)
        elif method == 0:
            words.append(''.join(HOMOGLYPHS.get(c, c) for c in w))
        elif method == 1:
            words.append('\u200b'.join(w))
        elif method == 2:
            words.append(''.join(LEET.get(c, c) if random.random() < 0.7 else c for c in w))
        elif method == 3:
            words.append('.'.join(w))
        else:
            words.append(''.join(full_width(c) for c in w))
    return ' '.join(words)


with open(sys.argv[1], encoding='utf-8') as source, open(sys.argv[2], 'w', encoding='utf-8') as target:
    for i, line in enumerate(source):
        conversation = json.loads(line)
        for j, turn in enumerate(conversation['turns']):
            turn['text'] = disguise(turn['text'], (i + j) % 5)
        conversation['id'] += '-disguised'
        target.write(json.dumps(conversation, ensure_ascii=False) + '\n')
