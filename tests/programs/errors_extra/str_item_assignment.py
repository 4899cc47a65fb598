# strings are immutable: item assignment fails with markers on the target
word = "hello"
letters = list(word)
letters[0] = "j"
print("".join(letters))
word[0] = "j"
