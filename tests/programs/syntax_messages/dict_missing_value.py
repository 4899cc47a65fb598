# A dictionary display with a key and no value: CPython points at the key's last character.
prices = {
    "apple": 3,
    "pear",
    "plum": 5,
}
