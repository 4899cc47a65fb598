# getopt and gnu_getopt: short and long options, prefixes, arguments, and each error
import getopt
tests = [(['-a','-b','x','f'],'ab:',[]), (['-abx','f'],'ab:',[]), (['--long=1','--flag','-a','arg','-b'],'ab',['long=','flag']), (['-z'],'a',[]), (['--nope'],'a',['yes']), (['-b'],'b:',[]), (['--lo'],'',['long','lot']), (['--lon'],'',['long=']), (['--long'],'',['long=']), (['--fl=3'],'',['flag']), (['a','-a'],'a',[]), (['--','-a'],'a',[]), (['-'],'a',[]), (['-a', 'x', '-b'], '+ab', []), (['--long', 'v'], '', 'long='), (['-:'], 'a:', []), (['--lo=2'], '', ['long=', 'lot']), (['--a=', 'x'], '', ['a='])]
for a,s,l in tests:
  for f in (getopt.getopt, getopt.gnu_getopt):
    try: print(f.__name__, a, f(a,s,l))
    except getopt.GetoptError as e: print(f.__name__, a, 'ERR', e.msg, e.opt, str(e), e.args)
print(getopt.error is getopt.GetoptError, getopt.__all__)
