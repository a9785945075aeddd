#!/usr/bin/env node
// Checks Cypher statements with Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support), offline, so that no Neo4j server is needed.
//
//   echo '["MATCH (n:Instrument) RETURN n.title"]' | node lint.cjs '{"labels": [...], ...}'
//
// stdin: a JSON array of strings; each may hold several statements separated by `;`.
// argv[2]: a DbSchema as JSON: labels, relationshipTypes, propertyKeys, parameters.
// stdout: a JSON array of diagnostics {statement, severity, message, line, column, start,
// end, deprecated, source}; line and column count from 1, start/end are offsets in the string.
//
// Beyond the library's own checks, the schema is taken as closed: a label, relationship type
// or property key that it does not declare is an error even where Cypher would create it
// (MERGE, CREATE, SET), because there it is a typo, not a new name.
'use strict';

const ls = require('@neo4j-cypher/language-support');

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function readStdin() {
  return require('fs').readFileSync(0, 'utf8');
}

function fromLibrary(index, d) {
  return {
    statement: index,
    severity: SEVERITY[d.severity] || 'error',
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    start: d.offsets.start,
    end: d.offsets.end,
    deprecated: (d.tags || []).includes(2),
    source: 'neo4j',
  };
}

function schemaError(index, message, token, text) {
  return {
    statement: index,
    severity: 'error',
    message,
    line: token.line,
    column: token.column + 1,
    start: token.start,
    end: token.start + text.length,
    deprecated: false,
    source: 'luocdo-schema',
  };
}

// Names in labels and relationship types, wherever they occur, must be declared.
function undeclaredNames(index, parsed, schema) {
  const labels = new Set(schema.labels);
  const types = new Set(schema.relationshipTypes);
  return parsed.collectedLabelOrRelTypes.flatMap((item) => {
    const name = item.labelText.replace(/^`|`$/g, '');
    const known = item.labelType === 'Label' ? labels.has(name)
      : item.labelType === 'Relationship type' ? types.has(name)
        : labels.has(name) || types.has(name);
    if (known) return [];
    const token = { line: item.line, column: item.column, start: item.offsets.start };
    return [schemaError(index, `${item.labelType} ${name} is not declared in graph/schema.py`,
      token, item.labelText)];
  });
}

// Property keys read as `x.key` or written in a pattern `(n {key: ...})` must be declared.
// Keys of map literals elsewhere (RETURN {a: 1}) are the query's own names and are not checked.
function isCheckedKey(ctx) {
  const parent = ctx.parentCtx;
  if (parent instanceof ls.PropertyContext) return true;
  return parent instanceof ls.MapContext && parent.parentCtx instanceof ls.PropertiesContext;
}

function propertyKeyContexts(ctx, found = []) {
  if (ctx instanceof ls.PropertyKeyNameContext) found.push(ctx);
  for (const child of ctx.children || []) propertyKeyContexts(child, found);
  return found;
}

function undeclaredKeys(index, parsed, schema) {
  const keys = new Set(schema.propertyKeys);
  return propertyKeyContexts(parsed.ctx).filter(isCheckedKey).flatMap((ctx) => {
    const raw = ctx.getText();
    const name = raw.replace(/^`|`$/g, '');
    if (keys.has(name)) return [];
    const token = { line: ctx.start.line, column: ctx.start.column, start: ctx.start.start };
    return [schemaError(index, `Property key ${name} is not declared in graph/schema.py`, token, raw)];
  });
}

function lint(statements, schema) {
  // The package's snapshot of Neo4j's built-in functions and procedures, so that a misspelt
  // function is an error as it would be on a server.
  const dbSchema = {
    functions: ls.testData.mockSchema.functions,
    procedures: ls.testData.mockSchema.procedures,
    ...schema,
  };
  return statements.flatMap((text, index) => {
    const own = ls.lintCypherQuery(text, dbSchema).map((d) => fromLibrary(index, d));
    const parsed = ls.parserWrapper.parse(text).statementsParsing;
    const strict = parsed.flatMap((p) => undeclaredNames(index, p, dbSchema)
      .concat(undeclaredKeys(index, p, dbSchema)));
    return own.concat(strict);
  });
}

function main() {
  const statements = JSON.parse(readStdin());
  if (!Array.isArray(statements) || !statements.every((s) => typeof s === 'string')) {
    process.stderr.write('lint.cjs: stdin must be a JSON array of strings\n');
    process.exit(2);
  }
  const schema = JSON.parse(process.argv[2] || '{}');
  process.stdout.write(JSON.stringify(lint(statements, schema)) + '\n');
}

main();
