class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt

def third_value(head):
    return head.nxt.nxt.value

lst = Node(1, Node(2, Node(3)))
print(third_value(lst))
short = Node(1, Node(2))
print(third_value(short))
