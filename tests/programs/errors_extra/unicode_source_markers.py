# position markers on a source line holding non-ASCII (and wide) characters
価格 = {"りんご": 120, "みかん": 80}
names = ["café", "naïve"]
print(価格["りんご"], names[0])
合計 = 価格["りんご"] + 価格["ぶどう"]
print(合計)
