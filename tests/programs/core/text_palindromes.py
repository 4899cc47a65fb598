# palindrome checks: plain, ignoring punctuation/case, and finding sub-palindromes
def is_pal(s):
    return s == s[::-1]

def clean(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())

def is_pal_loop(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True

samples = ["racecar", "hello", "A man, a plan, a canal: Panama",
           "No 'x' in Nixon", "", "a", "ab", "Was it a car or a cat I saw?"]
for s in samples:
    c = clean(s)
    print(f"{s!r:35} {is_pal(s)!s:5} {is_pal(c)!s:5} {is_pal_loop(c)}")

def longest_pal(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, "->", longest_pal(s))
nums = [n for n in range(100, 200) if is_pal(str(n))]
print(nums)
print(sum(1 for n in range(10000) if str(n) == str(n)[::-1]))
