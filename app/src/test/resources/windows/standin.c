/*
 * A stand-in for java.exe (and explorer.exe) in the Windows launcher test (WindowsLauncherIT): it appends
 * what it was started with to the file named by DVHT_STANDIN_LOG, UTF-8, one "key value" line each:
 *   call <own file name>            exe <its full path>            cwd <working folder>
 *   line <the command line, as CreateProcessW got it>
 *   ansi <the command line as a program reading it in the ANSI code page sees it, as java.exe does>
 *   arg <each argument after the program name>       file <each line of an @argument file>
 *   env <NAME=VALUE of each environment variable>    end
 * Asked for its settings (-XshowSettings:properties) it answers as Java would, with the version written in
 * version.txt beside it (17 when there is none). Otherwise it exits with the next code of DVHT_STANDIN_EXIT
 * ("0,3": 0 for the first run, 3 for the second and later ones), 0 when unset. With DVHT_STANDIN_PLAIN set it
 * makes the file named by DVHT_PLAIN, as dvht does when the line it was given came from a program, not Explorer.
 */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static FILE *log_file;

static void put(const char *key, const wchar_t *value) {
  int size = WideCharToMultiByte(CP_UTF8, 0, value, -1, NULL, 0, NULL, NULL);
  char *utf8 = malloc(size);
  WideCharToMultiByte(CP_UTF8, 0, value, -1, utf8, size, NULL, NULL);
  fprintf(log_file, "%s %s\n", key, utf8);
  free(utf8);
}

static void put_ansi(const char *value) {
  int size = MultiByteToWideChar(CP_ACP, 0, value, -1, NULL, 0);
  wchar_t *wide = malloc(size * sizeof(wchar_t));
  MultiByteToWideChar(CP_ACP, 0, value, -1, wide, size);
  put("ansi", wide);
  free(wide);
}

/* The lines of an argument file, copied as they are (dvht reads them as UTF-8). */
static void put_file(const wchar_t *name) {
  FILE *in = _wfopen(name, L"rb");
  char buffer[8192];
  if (in == NULL) {
    fprintf(log_file, "file-missing\n");
    return;
  }
  while (fgets(buffer, sizeof buffer, in) != NULL) {
    buffer[strcspn(buffer, "\r\n")] = 0;
    fprintf(log_file, "file %s\n", buffer);
  }
  fclose(in);
}

/* How many runs this log holds already: the index of this run's exit code. */
static int runs_before(const wchar_t *log_name) {
  FILE *in = _wfopen(log_name, L"rb");
  char buffer[8192];
  int runs = 0;
  if (in == NULL) {
    return 0;
  }
  while (fgets(buffer, sizeof buffer, in) != NULL) {
    runs += strcmp(buffer, "run\n") == 0;
  }
  fclose(in);
  return runs;
}

static int exit_code(int run) {
  wchar_t codes[256];
  wchar_t *code = codes;
  if (GetEnvironmentVariableW(L"DVHT_STANDIN_EXIT", codes, 256) == 0) {
    return 0;
  }
  for (wchar_t *comma = wcschr(code, L','); run > 0 && comma != NULL; comma = wcschr(code, L',')) {
    code = comma + 1;
    run--;
  }
  return _wtoi(code);
}

static void version(void) {
  wchar_t path[MAX_PATH];
  char text[64] = "17";
  FILE *in;
  GetModuleFileNameW(NULL, path, MAX_PATH);
  wcscpy(wcsrchr(path, L'\\') + 1, L"version.txt");
  in = _wfopen(path, L"rb");
  if (in != NULL) {
    if (fgets(text, sizeof text, in) == NULL) {
      text[0] = 0;
    }
    text[strcspn(text, "\r\n")] = 0;
    fclose(in);
  }
  fprintf(stderr, "Property settings:\n    java.specification.version = %s\n    java.version = %s\n", text, text);
}

int wmain(void) {
  wchar_t log_name[MAX_PATH];
  wchar_t cwd[MAX_PATH];
  wchar_t own[MAX_PATH];
  wchar_t *environment = GetEnvironmentStringsW();
  int count;
  wchar_t **args = CommandLineToArgvW(GetCommandLineW(), &count);
  int probe = 0;
  int run;
  for (int i = 1; i < count; i++) {
    probe |= wcscmp(args[i], L"-XshowSettings:properties") == 0;
  }
  if (probe) {
    version();
    return 0;
  }
  if (GetEnvironmentVariableW(L"DVHT_STANDIN_LOG", log_name, MAX_PATH) == 0) {
    fprintf(stderr, "stand-in: DVHT_STANDIN_LOG is not set\n");
    return 99;
  }
  run = runs_before(log_name);
  log_file = _wfopen(log_name, L"ab");
  GetModuleFileNameW(NULL, own, MAX_PATH);
  put("call", wcsrchr(own, L'\\') + 1);
  put("exe", own);
  GetCurrentDirectoryW(MAX_PATH, cwd);
  put("cwd", cwd);
  put("line", GetCommandLineW());
  put_ansi(GetCommandLineA());
  for (int i = 1; i < count; i++) {
    put("arg", args[i]);
    if (args[i][0] == L'@') {
      put_file(args[i] + 1);
    }
  }
  for (wchar_t *variable = environment; *variable != 0; variable += wcslen(variable) + 1) {
    put("env", variable);
  }
  fprintf(log_file, "run\nend\n");
  fclose(log_file);
  if (GetEnvironmentVariableW(L"DVHT_STANDIN_PLAIN", cwd, MAX_PATH) > 0
      && GetEnvironmentVariableW(L"DVHT_PLAIN", cwd, MAX_PATH) > 0) {
    fclose(_wfopen(cwd, L"wb"));
  }
  printf("stand-in %ls: run %d\n", wcsrchr(own, L'\\') + 1, run + 1);
  return exit_code(run);
}
