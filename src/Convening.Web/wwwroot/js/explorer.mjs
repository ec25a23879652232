// The API explorer: GraphiQL (loaded before this module from wwwroot/lib/graphiql) talking to
// /graphql with the browser's sign-in cookie and, for mutations, the antiforgery token.
const token = document.querySelector('meta[name="antiforgery"]').content;

// GraphiQL's dialogs lock scrolling with a <style> element they create at run time; the bundle
// (react-style-singleton) gives it the nonce found in __webpack_nonce__, which this page's
// Content-Security-Policy allows for this response only.
window.__webpack_nonce__ = document.querySelector('meta[name="style-nonce"]').content;

async function fetcher(params) {
  const response = await fetch("/graphql", {
    method: "POST",
    credentials: "same-origin",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/graphql-response+json, application/json",
      RequestVerificationToken: token,
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

// The README's examples, each in its own tab the first time the explorer opens.
const defaultTabs = [
  { query: "# Anyone can read places.\n{\n  places(first: 10) {\n    totalCount\n    nodes { slug name groupCount }\n  }\n}\n" },
  { query: "# Changes need you to be signed in (the explorer uses your browser's sign-in).\nmutation {\n  createPlace(input: { name: \"North East Lincolnshire\", purpose: \"Better lives, together\" }) {\n    place { slug }\n  }\n}\n" },
];

const root = document.getElementById("graphiql");
window.ReactDOM.createRoot(root).render(
  window.React.createElement(window.GraphiQL, { fetcher, defaultTabs, defaultEditorToolsVisibility: false }),
);

// GraphiQL's editors are CodeMirror 5 instances whose hidden textareas have no name, so a screen
// reader announces "edit text" for each: name them after the editor they belong to (the tools
// section holds the variables editor, then the headers editor).
const editorNames = [
  [".graphiql-query-editor", ["Query"]],
  [".graphiql-editor-tool", ["Variables (JSON)", "Headers (JSON)"]],
  [".graphiql-response", ["Response"]],
];
function nameEditors() {
  for (const [within, names] of editorNames) {
    root.querySelectorAll(`${within} .CodeMirror textarea`).forEach((area, i) => {
      const name = names[Math.min(i, names.length - 1)];
      if (area.getAttribute("aria-label") !== name) area.setAttribute("aria-label", name);
    });
  }
}
new MutationObserver(nameEditors).observe(root, { childList: true, subtree: true });
