# an AttributeError in a method chain written across several lines
text = "  a,b,c  "
parts = (text
         .strip()
         .split(","))
print(parts)
shout = (text
         .strip()
         .split(",")
         .upper())
