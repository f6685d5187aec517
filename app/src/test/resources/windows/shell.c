/*
 * Starts a batch file as Explorer does when files are dropped on it or it is double-clicked (WindowsLauncherIT):
 * Explorer's "open" verb for .cmd files is  "%1" %*  -- the script's quoted path, then each file's path, quoted
 * only when it holds a space -- and Windows runs that line as  C:\windows\system32\cmd.exe /c "<line>".
 * Usage: shell.exe <file holding the verb's line, UTF-8>; the exit code is cmd's.
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int wmain(int argc, wchar_t **argv) {
  char utf8[16384];
  wchar_t line[16384];
  wchar_t command[16500];
  STARTUPINFOW startup = {sizeof startup};
  PROCESS_INFORMATION process;
  DWORD code = 99;
  size_t size;
  FILE *in;
  if (argc != 2 || (in = _wfopen(argv[1], L"rb")) == NULL) {
    fprintf(stderr, "usage: shell.exe <file holding the verb's line>\n");
    return 98;
  }
  size = fread(utf8, 1, sizeof utf8 - 1, in);
  fclose(in);
  utf8[size] = 0;
  MultiByteToWideChar(CP_UTF8, 0, utf8, -1, line, 16384);
  swprintf(command, 16500, L"C:\\windows\\system32\\cmd.exe /c \"%ls\"", line);
  if (!CreateProcessW(NULL, command, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &process)) {
    fprintf(stderr, "shell.exe: cannot start cmd.exe (%lu)\n", GetLastError());
    return 97;
  }
  WaitForSingleObject(process.hProcess, INFINITE);
  GetExitCodeProcess(process.hProcess, &code);
  return (int) code;
}
