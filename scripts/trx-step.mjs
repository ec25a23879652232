// Writes a one-test .trx file for a step that is not a dotnet test (e.g. the container smoke), so
// trx-totals.mjs counts it like any test: node trx-step.mjs FILE NAME Passed|Failed SECONDS [LOG]
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { randomUUID } from "node:crypto";

const [file, name, outcome, seconds, log] = process.argv.slice(2);
const passed = outcome === "Passed" ? 1 : 0;
const escape = s => s.replace(/[<>&"]/g, c => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]);
const output = log && existsSync(log) ? escape(readFileSync(log, "utf8").slice(-20000)) : "";
const duration = new Date(Number(seconds) * 1000).toISOString().slice(11, 19);
const [testId, executionId] = [randomUUID(), randomUUID()];
writeFileSync(file, `<?xml version="1.0" encoding="utf-8"?>
<TestRun id="${randomUUID()}" name="${escape(name)}" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Results>
    <UnitTestResult executionId="${executionId}" testId="${testId}" testName="${escape(name)}" duration="${duration}" outcome="${outcome}">
      <Output><StdOut>${output}</StdOut></Output>
    </UnitTestResult>
  </Results>
  <ResultSummary outcome="${passed ? "Completed" : "Failed"}">
    <Counters total="1" executed="1" passed="${passed}" failed="${1 - passed}" error="0" timeout="0" aborted="0" inconclusive="0" notExecuted="0" />
  </ResultSummary>
</TestRun>
`);
