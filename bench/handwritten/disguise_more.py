"""Writes a copy of a hand-written set disguised by one of eighteen further methods (or each in turn, message by message),
on about half the words of four letters or more of each user turn: 0 letters spaced, 1 vowels stretched, 2 a vowel
masked with '*', 3 symbols for letters (@ $ ! () | €), 4 alternating case, 5 mathematical bold, 6 circled letters,
7 strike-through marks, 8 two neighbouring letters swapped, 9 letters joined by '-', 10 Greek look-alikes, 11 vowels
dropped, 12 small capitals, 13 mathematical script, 14 letters joined by '_', 15 combining accents on vowels, 16 the word
written backwards, 17 the whole turn turned upside down (each letter by its turned form, read from the end).
usage: python3 disguise_more.py p201.jsonl p201-swapped.jsonl [seed] [method]"""
import json, random, sys
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 11)
GREEK={'a':'α','o':'ο','e':'ε','i':'ι','n':'η','u':'υ','v':'ν','k':'κ','t':'τ','p':'ρ'}
SYM={'a':'@','s':'$','i':'!','o':'()','l':'|','e':'€'}
def bold(c):
    if 'a'<=c<='z': return chr(0x1D41A+ord(c)-97)
    if 'A'<=c<='Z': return chr(0x1D400+ord(c)-65)
    return c
def script(c):
    if 'a'<=c<='z': return chr(0x1D4EA+ord(c)-97)
    return c
def circled(c):
    if 'a'<=c<='z': return chr(0x24D0+ord(c)-97)
    return c
def smallcaps(c):
    m=dict(zip('abcdefghijklmnopqrstuvwxyz','ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ'))
    return m.get(c,c)
def core(w):
    i=0; j=len(w)
    while i<j and not w[i].isalpha(): i+=1
    while j>i and not w[j-1].isalpha(): j-=1
    return w[:i], w[i:j], w[j:]
def d(w, m):
    pre, c, post = core(w)
    if len(c)<4: return w
    if m==0: c=' '.join(c)
    elif m==1: c=''.join(ch*3 if ch in 'aeiou' and random.random()<0.5 else ch for ch in c)
    elif m==2:
        k=[i for i,ch in enumerate(c) if ch in 'aeiou' and i>0]
        if k: i=random.choice(k); c=c[:i]+'*'+c[i+1:]
    elif m==3: c=''.join(SYM.get(ch,ch) if random.random()<0.6 else ch for ch in c)
    elif m==4: c=''.join(ch.upper() if i%2 else ch for i,ch in enumerate(c))
    elif m==5: c=''.join(bold(ch) for ch in c)
    elif m==6: c=''.join(circled(ch) for ch in c.lower())
    elif m==7: c=''.join(ch+'\u0336' for ch in c)
    elif m==8:
        i=random.randrange(1,len(c)-2); c=c[:i]+c[i+1]+c[i]+c[i+2:]
    elif m==9: c='-'.join(c)
    elif m==10: c=''.join(GREEK.get(ch,ch) if random.random()<0.7 else ch for ch in c)
    elif m==11: c=c[0]+''.join(ch for ch in c[1:] if ch not in 'aeiou' or random.random()<0.4)
    elif m==12: c=''.join(smallcaps(ch) for ch in c.lower())
    elif m==13: c=''.join(script(ch) for ch in c.lower())
    elif m==14: c='_'.join(c)
    elif m==15: c=''.join(ch+'\u0301' if ch in 'aeiou' else ch for ch in c)
    elif m==16: c=c[::-1]
    return pre+c+post
TURNED=dict(zip("abcdefghijklmnopqrstuvwxyz.,?!'", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz˙'¿¡,"))
def upside_down(text):
    return ''.join(TURNED.get(ch, ch) for ch in text.lower()[::-1])
N=18
def disguise(text, m):
    if m==17: return upside_down(text)
    return ' '.join(w if random.random()<0.5 else d(w,m) for w in text.split(' '))
only = int(sys.argv[4]) if len(sys.argv)>4 else None
with open(sys.argv[1], encoding='utf-8') as s, open(sys.argv[2],'w',encoding='utf-8') as t:
    for i,line in enumerate(s):
        c=json.loads(line)
        for j,turn in enumerate(c['turns']):
            if turn.get('role','user')!='user': continue
            turn['text']=disguise(turn['text'], only if only is not None else (i+j)%N)
        t.write(json.dumps(c, ensure_ascii=False)+'\n')
