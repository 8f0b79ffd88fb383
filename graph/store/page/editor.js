/* diplograph's SPARQL editor: a textarea under a highlighted copy of its text, with line
   numbers, Tab indenting, PREFIX lines added for the project's prefixes, and the query kept in
   the address (?query=) and in localStorage. The text is drawn with text nodes only. Used by
   query.js as window.DiplographEditor.create({...}). */
(function () {
  "use strict";

  const STORE_KEY = "diplograph.query", MAX_URL_QUERY = 8000, INDENT = "  ";
  const KEYWORDS = new Set(("SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED PREFIX BASE DISTINCT REDUCED " +
    "OPTIONAL FILTER UNION MINUS GRAPH SERVICE SILENT BIND VALUES AS GROUP BY HAVING ORDER ASC DESC LIMIT " +
    "OFFSET UNDEF EXISTS NOT IN A TRUE FALSE LOAD CLEAR DROP CREATE ADD MOVE COPY INSERT DELETE DATA WITH " +
    "USING DEFAULT ALL INTO TO SEPARATOR LATERAL").split(" "));
  const FUNCTIONS = new Set(("STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND " +
    "CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY " +
    "HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG " +
    "STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE COUNT SUM MIN MAX AVG " +
    "SAMPLE GROUP_CONCAT").split(" "));
  const NAME = "A-Za-z\\u00C0-\\uFFFF";
  const TOKENS = [
    ["space", /\s+/y], ["comment", /#[^\n]*/y],
    ["string", /"""(?:[^"\\]|\\[\s\S]|"(?!""))*(?:"""|$)/y], ["string", /'''(?:[^'\\]|\\[\s\S]|'(?!''))*(?:'''|$)/y],
    ["string", /"(?:[^"\\\n]|\\.)*"?/y], ["string", /'(?:[^'\\\n]|\\.)*'?/y],
    ["iri", /<[^<>"{}|^`\\\s]*>/y], ["var", new RegExp("[?$][" + NAME + "0-9_]+", "y")],
    ["lang", /@[A-Za-z]+(?:-[A-Za-z0-9]+)*/y],
    ["pname", new RegExp("(?:[" + NAME + "][" + NAME + "0-9_.\\-]*)?:(?:[" + NAME + "0-9_%:\\-]|\\\\\\S|\\.(?=[" +
      NAME + "0-9_%:\\-]))*", "y")],
    ["word", /[A-Za-z_][A-Za-z0-9_]*/y], ["number", /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?/y],
    ["punct", /\^\^|&&|\|\||!=|<=|>=|[{}()[\];,.*=<>!+\-/|^]/y], ["other", /[\s\S]/y],
  ];


  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function tokenize(text) {
    const out = [];
    let at = 0;
    while (at < text.length) {
      for (const [type, re] of TOKENS) {
        re.lastIndex = at;
        const m = re.exec(text);
        if (m && m[0].length) {
          let kind = type;
          if (type === "word") {
            const upper = m[0].toUpperCase();
            kind = FUNCTIONS.has(upper) ? "function" : KEYWORDS.has(upper) ? "keyword" : "word";
          }
          out.push({ type: kind, text: m[0], start: at });
          at += m[0].length;
          break;
        }
      }
    }
    return out;
  }

  function prefixesOf(text) {
    const declared = new Set(), used = new Set(), tokens = tokenize(text).filter(t => t.type !== "space" && t.type !== "comment");
    tokens.forEach((token, i) => {
      if (token.type !== "pname") return;
      const prefix = token.text.slice(0, token.text.indexOf(":"));
      const before = tokens[i - 1];
      if (before && before.type === "keyword" && before.text.toUpperCase() === "PREFIX") declared.add(prefix);
      else used.add(prefix);
    });
    return { declared, used };
  }

  /** The query to start with: the address's ?query=, else the one kept in this browser. */
  function storedQuery() {
    const fromUrl = new URLSearchParams(window.location.search).get("query");
    if (fromUrl) return fromUrl;
    try { return localStorage.getItem(STORE_KEY); } catch (e) { return null; }
  }

  /** The editor over ``textarea``: ``highlight`` and ``gutter`` are the <pre>s drawn under
      and beside it; ``namespaces`` maps prefix names to namespaces; ``auto()`` says whether
      typing "name:" adds name's PREFIX line. */
  function create({ textarea, highlight, gutter, namespaces, auto }) {
    const editor = textarea;
    let saveTimer = null, escaped = false;

    function render(errorLine) {
      const text = editor.value;
      const nodes = tokenize(text).map(t => t.type === "space" || t.type === "other" || t.type === "word" || t.type === "punct"
        ? document.createTextNode(t.text) : el("span", "t-" + t.type, t.text));
      if (text.endsWith("\n") || !text) nodes.push(document.createTextNode(" "));
      highlight.replaceChildren(...nodes);
      const lines = text.split("\n").length, numbers = [];
      for (let n = 1; n <= lines; n++) {
        numbers.push(el("span", n === errorLine ? "line err" : "line", String(n)));
      }
      gutter.replaceChildren(...numbers);
      syncScroll();
    }

    function syncScroll() {
      highlight.scrollTop = gutter.scrollTop = editor.scrollTop;
      highlight.scrollLeft = editor.scrollLeft;
    }

    function changed() {
      render();
      clearTimeout(saveTimer);
      saveTimer = setTimeout(keep, 250);
    }

    function keep() {
      const text = editor.value;
      try { localStorage.setItem(STORE_KEY, text); } catch (e) { /* storage off: the address still keeps it */ }
      const url = new URL(window.location.href);
      if (text.length <= MAX_URL_QUERY) url.searchParams.set("query", text); else url.searchParams.delete("query");
      history.replaceState(null, "", url.pathname + url.search);
    }

    function setQuery(text) {
      editor.value = text;
      editor.setSelectionRange(0, 0);
      editor.scrollTop = 0;
      changed();
    }

    function replaceRange(start, end, text, selStart, selEnd) {
      editor.setRangeText(text, start, end, "end");
      if (selStart !== undefined) editor.setSelectionRange(selStart, selEnd);
      changed();
    }

    function indent(outdent) {
      const { selectionStart: s, selectionEnd: e, value } = editor;
      if (s === e && !outdent) return replaceRange(s, e, INDENT);
      const first = value.lastIndexOf("\n", s - 1) + 1;
      const last = value.indexOf("\n", e - (e > s && value[e - 1] === "\n" ? 1 : 0));
      const stop = last === -1 ? value.length : last;
      const lines = value.slice(first, stop).split("\n");
      let removedFirst = 0;
      const changedLines = lines.map((line, i) => {
        if (!outdent) return INDENT + line;
        const cut = line.startsWith(INDENT) ? INDENT.length : line.startsWith(" ") || line.startsWith("\t") ? 1 : 0;
        if (i === 0) removedFirst = cut;
        return line.slice(cut);
      });
      const block = changedLines.join("\n"), delta = block.length - (stop - first);
      const newStart = outdent ? Math.max(first, s - removedFirst) : s + INDENT.length;
      replaceRange(first, stop, block, newStart, Math.max(newStart, e + delta));
    }

    function addPrefixes(names) {
      const text = editor.value, { declared } = prefixesOf(text);
      const wanted = names.filter(n => !declared.has(n) && namespaces[n] !== undefined);
      if (!wanted.length) return 0;
      const lines = wanted.map(n => "PREFIX " + n + ": <" + namespaces[n] + ">\n").join("");
      // after the last PREFIX/BASE line of the header, else after its leading comment lines
      const header = text.split("\n");
      let after = -1, lead = 0, pos = 0;
      for (const line of header) {
        const trimmed = line.trim();
        if (/^(PREFIX|BASE)\b/i.test(trimmed)) after = pos + line.length + 1;
        else if (trimmed && !trimmed.startsWith("#")) break;
        else if (after === -1) lead = pos + line.length + 1;
        pos += line.length + 1;
      }
      const offset = Math.min(after !== -1 ? after : lead, text.length);
      const insert = offset === text.length && text && !text.endsWith("\n") ? "\n" + lines : lines;
      const { selectionStart: s, selectionEnd: e } = editor;
      const shift = offset <= s ? insert.length : 0;
      replaceRange(offset, offset, insert, s + shift, e + (offset <= e ? insert.length : 0));
      return wanted.length;
    }

    function autoPrefix(event) {
      if (!auto() || event.inputType !== "insertText" || event.data !== ":") return;
      const at = editor.selectionStart, token = tokenize(editor.value.slice(0, at)).pop();
      if (token && token.type === "pname" && token.text.endsWith(":")) {
        const name = token.text.slice(0, -1), { declared } = prefixesOf(editor.value);
        const previous = tokenize(editor.value.slice(0, token.start)).filter(t => t.type !== "space").pop();
        if (!declared.has(name) && !(previous && /^PREFIX$/i.test(previous.text))) addPrefixes([name]);
      }
    }

    function onKey(event) {
      if (event.key === "Escape") { escaped = true; return; }
      if (event.key === "Tab" && !escaped && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        indent(event.shiftKey);
        return;
      }
      escaped = false;
    }

    function missingPrefixes() {
      const { declared, used } = prefixesOf(editor.value);
      return [...used].filter(p => !declared.has(p) && namespaces[p] !== undefined).sort();
    }

    /** Put the caret at ``line``:``column`` (1-based) and return that line's text. */
    function goTo(line, column) {
      const lines = editor.value.split("\n");
      if (line < 1 || line > lines.length) return undefined;
      const at = lines.slice(0, line - 1).join("\n").length + (line > 1 ? 1 : 0) + Math.max(column - 1, 0);
      editor.setSelectionRange(at, at);
      return lines[line - 1];
    }

    editor.addEventListener("input", event => { changed(); autoPrefix(event); });
    editor.addEventListener("scroll", syncScroll);
    editor.addEventListener("keydown", onKey);
    return { render, setQuery, keep, addPrefixes, missingPrefixes, goTo,
             get value() { return editor.value; }, focus() { editor.focus(); } };
  }

  window.DiplographEditor = { create, tokenize, prefixesOf, storedQuery };
})();
