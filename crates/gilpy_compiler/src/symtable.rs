//! The symbol-table pass: decides for every name in every scope whether it is local, global,
//! a cell (captured by an inner function) or free (captured from an outer one), as CPython's
//! Python/symtable.c does. The compiler reads the result; it never guesses scopes itself.

use crate::parse::ast::{self, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;

pub const DEF_LOCAL: u8 = 1;
pub const DEF_PARAM: u8 = 2;
pub const DEF_GLOBAL: u8 = 4;
pub const DEF_NONLOCAL: u8 = 8;
pub const USE: u8 = 16;
/// bound by a comprehension's `for` target (an assignment expression may not rebind it)
pub const DEF_COMP_ITER: u8 = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// comprehensions and generator expressions: functions with the hidden parameter `.0`
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub flags: HashMap<String, u8>,
    pub order: Vec<String>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// an `async def`: a coroutine, or an async generator when it yields
    pub is_coroutine: bool,
    pub resolved: HashMap<String, Resolved>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// the class body must create the implicit `__class__` cell
    pub needs_class_cell: bool,
    pub error: Option<(String, u32)>,
    /// the innermost enclosing class's name: `__x` names here become `_Class__x`
    pub private: Option<String>,
    /// loops, `with` and `try` statements open here, one inside the other (at most 20, as
    /// CPython's CO_MAXBLOCKS allows)
    pub fblocks: u32,
    /// where each name's first `global` or `nonlocal` statement is (CPython reports conflicts there)
    pub directives: HashMap<String, (u32, u32)>,
    /// iterable expressions of comprehensions being visited here (no `:=` allowed in them)
    pub comp_iter_expr: u32,
    /// for a comprehension: "list comprehension", "generator expression", ...
    pub comp_kind: &'static str,
}

/// Private name mangling: `__spam` inside class `Ham` is `_Ham__spam` (not `__dunder__`
/// names, and not in a class whose name is all underscores).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    if let Some(p) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let p = p.trim_start_matches('_');
            if !p.is_empty() {
                return std::borrow::Cow::Owned(format!("_{}{}", p, name));
            }
        }
    }
    std::borrow::Cow::Borrowed(name)
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            flags: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            error: None,
            private: None,
            fblocks: 0,
            directives: HashMap::new(),
            comp_iter_expr: 0,
            comp_kind: "",
        }
    }
    /// `name` as this scope stores it (private names mangled).
    pub fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }
    fn add(&mut self, name: &str, flag: u8) {
        let m = self.mangle(name).into_owned();
        let name = m.as_str();
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.flags.insert(name.to_string(), flag);
                self.order.push(name.to_string());
            }
        }
    }
    pub fn lookup(&self, name: &str) -> Resolved {
        let m = self.mangle(name);
        match self.resolved.get(&*m) {
            Some(r) => *r,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => Resolved::GlobalImplicit,
                _ => Resolved::GlobalImplicit,
            },
        }
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// scope id by the (start, end) byte range of the node that opens it
    pub by_range: HashMap<(u32, u32), usize>,
}

/// Error raised by the pass: message and byte range.
pub type SymError = (String, u32, u32);

struct Builder {
    scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
    stack: Vec<usize>,
    err: Option<SymError>,
    /// statements and expressions being visited, one inside the other, and the limit
    depth: u32,
    budget: u32,
    /// the range of the last match pattern visited (CPython's location for a capture)
    last_pattern: ruff_text_size::TextRange,
}

fn key(r: ruff_text_size::TextRange) -> (u32, u32) {
    (u32::from(r.start()), u32::from(r.end()))
}

pub fn build(module: &ast::ModModule, budget: u32) -> Result<SymbolTable, SymError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top")],
        by_range: HashMap::new(),
        stack: vec![0],
        err: None,
        depth: 0,
        budget,
        last_pattern: Default::default(),
    };
    for s in &module.body {
        b.stmt(s);
    }
    if let Some(e) = b.err {
        return Err(e);
    }
    let mut scopes = b.scopes;
    analyze(&mut scopes, 0, &[], &mut Vec::new())?;
    Ok(SymbolTable { scopes, by_range: b.by_range })
}

/// Resolve names of scope `id` given the names bound in enclosing function scopes; returns
/// the free variables of this scope so the parent can turn its locals into cells.
fn analyze(scopes: &mut Vec<Scope>, id: usize, enclosing: &[String], _globals: &mut Vec<String>) -> Result<Vec<String>, SymError> {
    let kind = scopes[id].kind;
    let names: Vec<(String, u8)> = scopes[id].order.iter().map(|n| (n.clone(), scopes[id].flags[n])).collect();
    let mut resolved = HashMap::new();
    let mut free = Vec::new();
    for (name, fl) in &names {
        let r = if fl & DEF_GLOBAL != 0 {
            Resolved::GlobalExplicit
        } else if fl & DEF_NONLOCAL != 0 {
            if kind == ScopeKind::Comprehension && !enclosing.contains(name) {
                // a walrus target inside a comprehension at module level binds a global
                resolved.insert(name.clone(), Resolved::GlobalExplicit);
                continue;
            }
            if !enclosing.contains(name) {
                let (s, e) = scopes[id].directives.get(name).copied().unwrap_or((0, 0));
                return Err((format!("no binding for nonlocal '{}' found", name), s, e));
            }
            Resolved::Free
        } else if fl & (DEF_LOCAL | DEF_PARAM) != 0 {
            Resolved::Local
        } else if enclosing.contains(name) && kind != ScopeKind::Module {
            Resolved::Free
        } else {
            Resolved::GlobalImplicit
        };
        if r == Resolved::Free {
            free.push(name.clone());
        }
        resolved.insert(name.clone(), r);
    }
    // names visible to children as bindings of enclosing function scopes
    let mut child_enclosing: Vec<String> = enclosing.to_vec();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for (name, r) in &resolved {
                if matches!(r, Resolved::Local | Resolved::Free) && !child_enclosing.contains(name) {
                    child_enclosing.push(name.clone());
                }
            }
            // a global declaration hides the enclosing binding from children
            for (name, r) in &resolved {
                if matches!(r, Resolved::GlobalExplicit) {
                    child_enclosing.retain(|n| n != name);
                }
            }
        }
        ScopeKind::Class => {
            if !child_enclosing.iter().any(|n| n == "__class__") {
                child_enclosing.push("__class__".to_string());
            }
        }
        ScopeKind::Module => {}
    }
    let children = scopes[id].children.clone();
    let mut cells: Vec<String> = Vec::new();
    for c in children {
        let child_free = analyze(scopes, c, &child_enclosing, _globals)?;
        for name in child_free {
            if kind == ScopeKind::Class && name == "__class__" {
                scopes[id].needs_class_cell = true;
                continue;
            }
            match resolved.get(&name).copied() {
                Some(Resolved::Local) if kind != ScopeKind::Class && kind != ScopeKind::Module => {
                    resolved.insert(name.clone(), Resolved::Cell);
                    if !cells.contains(&name) {
                        cells.push(name);
                    }
                }
                Some(Resolved::Cell) | Some(Resolved::Free) => {}
                _ => {
                    // passes through this scope to an outer one
                    if kind != ScopeKind::Module {
                        if kind == ScopeKind::Class && resolved.get(&name).is_some() {
                            // the class binds the name in its namespace, but the child needs the
                            // outer function's binding: keep the class's view and pass it through
                        } else {
                            resolved.insert(name.clone(), Resolved::Free);
                        }
                        if !free.contains(&name) {
                            free.push(name);
                        }
                    }
                }
            }
        }
    }
    // CPython orders cell and free variables by name.
    cells.sort();
    let mut fv: Vec<String> = free.clone();
    fv.sort();
    if scopes[id].needs_class_cell {
        cells.push("__class__".to_string());
        cells.sort();
    }
    let s = &mut scopes[id];
    s.resolved = resolved;
    s.cellvars = cells;
    s.freevars = if kind == ScopeKind::Class { fv.clone() } else { fv.clone() };
    Ok(free)
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.scopes[id]
    }
    fn push_scope(&mut self, kind: ScopeKind, name: &str, range: ruff_text_size::TextRange) {
        let id = self.scopes.len();
        let parent = *self.stack.last().unwrap();
        let mut sc = Scope::new(kind, name);
        sc.private = if kind == ScopeKind::Class { Some(name.to_string()) } else { self.scopes[parent].private.clone() };
        self.scopes.push(sc);
        self.scopes[parent].children.push(id);
        self.by_range.insert(key(range), id);
        self.stack.push(id);
    }
    fn pop_scope(&mut self) {
        self.stack.pop();
    }
    fn def(&mut self, name: &str) {
        self.cur().add(name, DEF_LOCAL);
    }
    fn use_(&mut self, name: &str) {
        self.cur().add(name, USE);
    }
    fn fail(&mut self, msg: String, r: ruff_text_size::TextRange) {
        if self.err.is_none() {
            self.err = Some((msg, u32::from(r.start()), u32::from(r.end())));
        }
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// CPython's compiler refuses to bind `__debug__` under any name-binding form; its
    /// error covers the statement or expression being compiled (`r`).
    fn no_debug(&mut self, name: &str, r: ruff_text_size::TextRange) {
        if name == "__debug__" {
            self.fail("cannot assign to __debug__".into(), r);
        }
    }

    /// A def or class statement's range as CPython's compiler reports it: from the keyword,
    /// not the first decorator (the caller skips the blank and comment lines in between).
    fn header(decorators: &[ast::Decorator], r: ruff_text_size::TextRange) -> ruff_text_size::TextRange {
        match decorators.last() {
            Some(d) => ruff_text_size::TextRange::new(d.range.end(), r.end()),
            None => r,
        }
    }

    fn no_debug_params(&mut self, p: &ast::Parameters, r: ruff_text_size::TextRange) {
        let names = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
            .map(|a| a.parameter.name.id.as_str())
            .chain(p.vararg.iter().chain(p.kwarg.iter()).map(|a| a.name.id.as_str()));
        if names.into_iter().any(|n| n == "__debug__") {
            self.fail("cannot assign to __debug__".into(), r);
        }
    }

    fn params_defaults(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn params_annotations(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(an) = &a.parameter.annotation {
                self.expr(an);
            }
        }
        for a in p.vararg.iter().chain(p.kwarg.iter()) {
            if let Some(an) = &a.annotation {
                self.expr(an);
            }
        }
    }

    fn declare_params(&mut self, p: &ast::Parameters) {
        let mut names: Vec<&str> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push(a.parameter.name.id.as_str());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.id.as_str());
        }
        for a in p.kwonlyargs.iter() {
            names.push(a.parameter.name.id.as_str());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.id.as_str());
        }
        // CPython's slot order: positional, keyword-only, *args, **kwargs
        let mut ordered: Vec<String> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            ordered.push(a.parameter.name.id.to_string());
        }
        for a in p.kwonlyargs.iter() {
            ordered.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            ordered.push(v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            ordered.push(k.name.id.to_string());
        }
        for (i, n) in ordered.iter().enumerate() {
            if ordered[..i].contains(n) {
                // at the repeated parameter
                let r = p.iter().map(|a| a.as_parameter()).filter(|a| a.name.id.as_str() == n.as_str()).nth(1).map(|a| a.name.range).unwrap_or(p.range);
                self.fail(format!("duplicate argument '{}' in function definition", n), r);
            }
            self.cur().add(n, DEF_PARAM);
            let m = self.cur().mangle(n).into_owned();
            self.cur().params.push(m);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        if self.enter() {
            if matches!(s, Stmt::For(_) | Stmt::While(_) | Stmt::With(_) | Stmt::Try(_)) {
                if self.cur().fblocks >= 20 {
                    self.fail("too many statically nested blocks".into(), s.range());
                } else {
                    self.cur().fblocks += 1;
                    self.stmt_inner(s);
                    self.cur().fblocks -= 1;
                }
            } else {
                self.stmt_inner(s);
            }
        }
        self.depth -= 1;
    }

    /// One level deeper; false (with the RecursionError recorded) past the budget.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > self.budget {
            self.fail(crate::RECURSION_MSG.into(), ruff_text_size::TextRange::default());
            return false;
        }
        // after the first error the walk only has to end: that error is the result
        self.err.is_none()
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.params_defaults(&f.parameters);
                self.params_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.no_debug_params(&f.parameters, Self::header(&f.decorator_list, f.range));
                self.def(f.name.id.as_str());
                self.push_scope(ScopeKind::Function, f.name.id.as_str(), f.range);
                self.cur().is_coroutine = f.is_async;
                self.declare_params(&f.parameters);
                self.body(&f.body);
                self.pop_scope();
                // the name is stored after the body is compiled
                self.no_debug(f.name.id.as_str(), Self::header(&f.decorator_list, f.range));
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                        if let Some(a) = &k.arg {
                            self.no_debug(a.id.as_str(), Self::header(&c.decorator_list, c.range));
                        }
                    }
                }
                self.def(c.name.id.as_str());
                self.push_scope(ScopeKind::Class, c.name.id.as_str(), c.range);
                self.body(&c.body);
                self.pop_scope();
                self.no_debug(c.name.id.as_str(), Self::header(&c.decorator_list, c.range));
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.use_(n.id.as_str());
                }
                match &*a.target {
                    // CPython's compiler checks `x.__debug__ = ...` only in a plain store
                    Expr::Attribute(at) => self.expr(&at.value),
                    t => self.target(t),
                }
            }
            Stmt::AnnAssign(a) => {
                if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                    let kind = self.cur().kind;
                    let m = self.cur().mangle(n.id.as_str()).into_owned();
                    let f = self.cur().flags.get(&m).copied().unwrap_or(0);
                    if kind != ScopeKind::Module && f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                        let what = if f & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        self.fail(format!("annotated name '{}' can't be {}", n.id, what), a.range);
                    }
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                let kind = self.cur().kind;
                if kind != ScopeKind::Function {
                    self.expr(&a.annotation);
                }
                if let (None, Expr::Attribute(at)) = (&a.value, &*a.target) {
                    // no store happens: CPython's check covers the statement
                    self.no_debug(at.attr.id.as_str(), a.range);
                    self.expr(&at.value);
                } else if a.value.is_some() || !matches!(&*a.target, Expr::Name(_)) || kind != ScopeKind::Function {
                    self.target(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    // `x: int` alone still makes x local in a function
                    self.def(n.id.as_str());
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.body(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.body(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.def(n.id.as_str());
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.no_debug(&bound, i.range);
                    self.def(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.fail("import * only allowed at module level".into(), a.range);
                        }
                        continue;
                    }
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.to_string(),
                    };
                    self.no_debug(&bound, i.range);
                    self.def(&bound);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.id.as_str();
                    let cur = self.cur();
                    let mname = cur.mangle(name).into_owned();
                    if let Some(f) = cur.flags.get(&mname).copied().filter(|f| f & DEF_NONLOCAL != 0) {
                        let _ = f;
                        let r = self.directive(name, g.range);
                        self.fail(format!("name '{}' is nonlocal and global", name), r);
                    }
                    let cur = self.cur();
                    if let Some(f) = cur.flags.get(&mname).filter(|f| **f & (DEF_PARAM | DEF_LOCAL | USE) != 0) {
                        let what = if f & DEF_PARAM != 0 {
                            "is parameter and global"
                        } else if f & USE != 0 && f & DEF_LOCAL == 0 {
                            "is used prior to global declaration"
                        } else {
                            "is assigned to before global declaration"
                        };
                        let msg = format!("name '{}' {}", name, what);
                        self.fail(msg, g.range);
                    }
                    self.cur().directives.entry(mname).or_insert((u32::from(g.range.start()), u32::from(g.range.end())));
                    self.cur().add(name, DEF_GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    self.fail("nonlocal declaration not allowed at module level".into(), g.range);
                }
                for n in &g.names {
                    let name = n.id.as_str();
                    let mname = self.cur().mangle(name).into_owned();
                    if self.cur().flags.get(&mname).is_some_and(|f| f & DEF_GLOBAL != 0) {
                        let r = self.directive(name, g.range);
                        self.fail(format!("name '{}' is nonlocal and global", name), r);
                    }
                    if let Some(f) = self.cur().flags.get(&mname).filter(|f| **f & (DEF_PARAM | DEF_LOCAL | USE) != 0) {
                        let what = if f & DEF_PARAM != 0 {
                            "is parameter and nonlocal"
                        } else if f & USE != 0 && f & DEF_LOCAL == 0 {
                            "is used prior to nonlocal declaration"
                        } else {
                            "is assigned to before nonlocal declaration"
                        };
                        let msg = format!("name '{}' {}", name, what);
                        self.fail(msg, g.range);
                    }
                    self.cur().directives.entry(mname).or_insert((u32::from(g.range.start()), u32::from(g.range.end())));
                    self.cur().add(name, DEF_NONLOCAL);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        // CPython's compiler reports a capture's error at the last pattern it visited
        self.last_pattern = p.range();
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p);
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k);
                }
                for p in &m.patterns {
                    self.pattern(p);
                }
                if let Some(r) = &m.rest {
                    self.no_debug(r.id.as_str(), self.last_pattern);
                    self.def(r.id.as_str());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                for p in &c.arguments.patterns {
                    self.pattern(p);
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern);
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.no_debug(n.id.as_str(), self.last_pattern);
                    self.def(n.id.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.no_debug(n.id.as_str(), self.last_pattern);
                    self.def(n.id.as_str());
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p);
                }
            }
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => {
                if n.id.as_str() == "__debug__" {
                    let what = if n.ctx == ast::ExprContext::Del { "delete" } else { "assign to" };
                    self.fail(format!("cannot {} __debug__", what), n.range);
                }
                self.def(n.id.as_str())
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.target(e);
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.target(e);
                }
            }
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn comprehension(&mut self, range: ruff_text_size::TextRange, gens: &[ast::Comprehension], elts: &[&Expr], kind: &'static str) {
        let is_gen = kind == "generator expression";
        // the first iterable is evaluated in the enclosing scope
        self.cur().comp_iter_expr += 1;
        self.expr(&gens[0].iter);
        self.cur().comp_iter_expr -= 1;
        let name = if is_gen { "<genexpr>" } else { "<listcomp>" };
        self.push_scope(ScopeKind::Comprehension, name, range);
        self.cur().comp_kind = kind;
        self.cur().add(".0", DEF_PARAM);
        self.cur().params.push(".0".into());
        if is_gen {
            self.cur().is_generator = true;
        }
        if gens.iter().any(|g| g.is_async) {
            self.cur().is_coroutine = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.cur().comp_iter_expr += 1;
                self.expr(&g.iter);
                self.cur().comp_iter_expr -= 1;
            }
            self.target(&g.target);
            self.mark_comp_iter(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        let is_coro = self.cur().is_coroutine;
        self.pop_scope();
        // a comprehension that awaits is awaited by the comprehension around it
        if is_coro && !is_gen && self.cur().kind == ScopeKind::Comprehension {
            self.cur().is_coroutine = true;
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.enter() {
            self.expr_inner(e);
        }
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v);
                }
            }
            Expr::Named(n) => {
                if self.cur().comp_iter_expr > 0 {
                    self.fail("assignment expression cannot be used in a comprehension iterable expression".into(), n.range);
                }
                self.expr(&n.value);
                // the target binds in the nearest scope that is not a comprehension
                if let Expr::Name(name) = &*n.target {
                    self.check_named_target(name);
                    let mut i = self.stack.len() - 1;
                    while self.scopes[self.stack[i]].kind == ScopeKind::Comprehension && i > 0 {
                        let sid = self.stack[i];
                        self.scopes[sid].add(name.id.as_str(), DEF_NONLOCAL);
                        i -= 1;
                    }
                    let sid = self.stack[i];
                    self.scopes[sid].add(name.id.as_str(), DEF_LOCAL);
                } else {
                    self.target(&n.target);
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params_defaults(p);
                    self.no_debug_params(p, l.range);
                }
                self.push_scope(ScopeKind::Function, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.declare_params(p);
                }
                self.expr(&l.body);
                self.pop_scope();
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k);
                    }
                    self.expr(&it.value);
                }
            }
            Expr::Set(s) => {
                for e in &s.elts {
                    self.expr(e);
                }
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], "list comprehension"),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], "set comprehension"),
            Expr::DictComp(c) => {
                let mut v: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    v.push(k);
                }
                v.push(&c.value);
                self.comprehension(c.range, &c.generators, &v, "dict comprehension")
            }
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, &[&c.elt], "generator expression"),
            Expr::Await(a) => {
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_coroutine = true;
                }
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range);
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range);
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                for x in c.comparators.iter() {
                    self.expr(x);
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                for a in c.arguments.args.iter() {
                    self.expr(a);
                }
                for k in c.arguments.keywords.iter() {
                    if let Some(a) = &k.arg {
                        self.no_debug(a.id.as_str(), c.range());
                    }
                    self.expr(&k.value);
                }
            }
            Expr::FString(f) => {
                for part in f.value.as_slice() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements);
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => {
                if a.attr.id.as_str() == "__debug__" && a.ctx == ast::ExprContext::Store {
                    self.fail("cannot assign to __debug__".into(), a.range);
                }
                self.expr(&a.value)
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                let id = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Load => {
                        self.use_(id);
                        if id == "super" && matches!(self.cur().kind, ScopeKind::Function) {
                            self.use_("__class__");
                        }
                    }
                    _ => self.def(id),
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.expr(e);
                }
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.expr(e);
                }
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x);
                }
            }
        }
    }

    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements) {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression);
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements);
                }
            }
        }
    }

    /// Names bound by a comprehension's `for` target.
    fn mark_comp_iter(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => {
                let m = self.cur().mangle(n.id.as_str()).into_owned();
                if let Some(f) = self.cur().flags.get_mut(&m) {
                    *f |= DEF_COMP_ITER;
                }
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.mark_comp_iter(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.mark_comp_iter(e)),
            Expr::Starred(s) => self.mark_comp_iter(&s.value),
            _ => {}
        }
    }

    /// CPython's checks on a `:=` target inside comprehensions: it may not rebind an
    /// iteration variable of any comprehension it is in, nor bind in a class body.
    fn check_named_target(&mut self, name: &ast::ExprName) {
        let id = name.id.as_str();
        self.no_debug(id, name.range);
        for &sid in self.stack.iter().rev() {
            let sc = &self.scopes[sid];
            match sc.kind {
                ScopeKind::Comprehension => {
                    if sc.flags.get(&*sc.mangle(id)).is_some_and(|f| f & DEF_COMP_ITER != 0) {
                        self.fail(format!("assignment expression cannot rebind comprehension iteration variable '{}'", id), name.range);
                        return;
                    }
                }
                ScopeKind::Class => {
                    if self.cur().kind == ScopeKind::Comprehension {
                        self.fail("assignment expression within a comprehension cannot be used in a class body".into(), name.range);
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    fn mark_generator(&mut self, r: ruff_text_size::TextRange) {
        let kind = self.cur().kind;
        match kind {
            ScopeKind::Comprehension => {
                let what = self.cur().comp_kind;
                self.fail(format!("'yield' inside {}", what), r);
            }
            ScopeKind::Function => self.cur().is_generator = true,
            _ => self.fail("'yield' outside function".into(), r),
        }
    }

    /// The range of `name`'s first global/nonlocal statement in this scope, else `here`.
    fn directive(&mut self, name: &str, here: ruff_text_size::TextRange) -> ruff_text_size::TextRange {
        let m = self.cur().mangle(name).into_owned();
        match self.cur().directives.get(&m) {
            Some(&(s, e)) => ruff_text_size::TextRange::new(s.into(), e.into()),
            None => here,
        }
    }
}

pub fn range_key<T: Ranged>(node: &T) -> (u32, u32) {
    key(node.range())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        let m = crate::parse::parse_module(src, "<test>").unwrap();
        build(&m, 3000).unwrap()
    }

    fn scope<'a>(t: &'a SymbolTable, name: &str) -> &'a Scope {
        t.scopes.iter().find(|s| s.name == name).unwrap()
    }

    #[test]
    fn closures_make_cells_and_free_variables() {
        let t = table("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
        assert_eq!(scope(&t, "outer").cellvars, vec!["x".to_string()]);
        assert_eq!(scope(&t, "inner").freevars, vec!["x".to_string()]);
        assert_eq!(scope(&t, "inner").lookup("x"), Resolved::Free);
    }

    #[test]
    fn global_and_nonlocal_declarations() {
        let t = table("g = 0\ndef f():\n    global g\n    g = 1\n    n = 0\n    def h():\n        nonlocal n\n        n += 1\n");
        assert_eq!(scope(&t, "f").lookup("g"), Resolved::GlobalExplicit);
        assert_eq!(scope(&t, "f").lookup("n"), Resolved::Cell);
        assert_eq!(scope(&t, "h").lookup("n"), Resolved::Free);
    }

    #[test]
    fn class_bodies_do_not_enclose_methods() {
        let t = table("class C:\n    y = 1\n    def m(self):\n        return y\n");
        assert_eq!(scope(&t, "m").lookup("y"), Resolved::GlobalImplicit);
    }

    #[test]
    fn super_needs_the_class_cell() {
        let t = table("class C(B):\n    def m(self):\n        return super().m()\n");
        assert!(scope(&t, "C").needs_class_cell);
        assert_eq!(scope(&t, "m").lookup("__class__"), Resolved::Free);
    }

    #[test]
    fn comprehensions_are_scopes() {
        let t = table("def f(xs):\n    return [x * k for x in xs]\nk = 2\n");
        let comp = scope(&t, "<listcomp>");
        assert_eq!(comp.lookup("x"), Resolved::Local);
        assert_eq!(comp.lookup("k"), Resolved::GlobalImplicit);
    }

    #[test]
    fn nonlocal_without_binding_is_an_error() {
        let m = crate::parse::parse_module("def f():\n    nonlocal q\n", "<test>").unwrap();
        assert!(build(&m, 3000).is_err());
    }
}
