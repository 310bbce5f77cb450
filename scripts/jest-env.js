// Jest per-worker set-up: a neutral locale, so CLI output is Chinese (the default) whatever the CI machine's LANG.
// Tests that check English output pass --lang en or set LANG themselves.
process.env.LANG = 'C.UTF-8';
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;
