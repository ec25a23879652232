// The API explorer: GraphiQL (loaded before this module from wwwroot/lib/graphiql) talking to
// /graphql with the browser's sign-in cookie and, for mutations, the antiforgery token.
const token = document.querySelector('meta[name="antiforgery"]').content;

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
