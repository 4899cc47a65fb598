# a small library system: composition of classes, class attributes, exceptions, reports
class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.borrower = None
    def __str__(self):
        status = f"on loan to {self.borrower.name}" if self.borrower else "available"
        return f"{self.title} ({self.author}, {self.year}) - {status}"

class Member:
    limit = 2
    def __init__(self, name):
        self.name = name
        self.books = []
    def __repr__(self):
        return f"Member({self.name!r}, books={[b.isbn for b in self.books]})"

class VIP(Member):
    limit = 4

class LibraryError(Exception):
    pass

class Library:
    def __init__(self):
        self.catalog = {}
        self.log = []
    def add(self, *books):
        for b in books:
            self.catalog[b.isbn] = b
    def lend(self, isbn, member):
        book = self.catalog.get(isbn)
        if book is None:
            raise LibraryError(f"unknown isbn {isbn}")
        if book.borrower is not None:
            raise LibraryError(f"{book.title!r} already lent to {book.borrower.name}")
        if len(member.books) >= member.limit:
            raise LibraryError(f"{member.name} reached limit of {member.limit}")
        book.borrower = member
        member.books.append(book)
        self.log.append(("lend", isbn, member.name))
    def give_back(self, isbn):
        book = self.catalog[isbn]
        book.borrower.books.remove(book)
        self.log.append(("return", isbn, book.borrower.name))
        book.borrower = None
    def available(self):
        return sorted((b for b in self.catalog.values() if b.borrower is None), key=lambda b: b.year)
    def by_author(self):
        out = {}
        for b in self.catalog.values():
            out.setdefault(b.author, []).append(b.title)
        return {k: sorted(v) for k, v in sorted(out.items())}

lib = Library()
lib.add(Book(1, "Dune", "Herbert", 1965), Book(2, "Emma", "Austen", 1815),
        Book(3, "Persuasion", "Austen", 1817), Book(4, "Neuromancer", "Gibson", 1984),
        Book(5, "Children of Dune", "Herbert", 1976))
ann, bo = Member("Ann"), VIP("Bo")
actions = [(1, ann), (2, ann), (3, ann), (1, bo), (3, bo), (9, bo), (4, bo), (5, bo)]
for isbn, m in actions:
    try:
        lib.lend(isbn, m)
        print(f"lent {isbn} to {m.name}")
    except LibraryError as e:
        print("refused:", e)
print(ann, bo)
for b in lib.catalog.values():
    print(" ", b)
lib.give_back(1)
lib.lend(1, bo)
print([b.title for b in lib.available()])
print(lib.by_author())
print(lib.log[-3:], len(lib.log))
print(VIP.limit, Member.limit, bo.limit, isinstance(bo, Member), type(bo).__mro__[1].__name__)
