#!/usr/bin/env bash
# Installs the Debian packages the tests use, only when missing:
#   python3-nbformat  — the reference validator for executed notebooks (nbformat 4)
#   chromium          — opens every rendered report as a browser would (driven by playwright-core)
#   fonts-noto-cjk    — Korean glyphs, so screenshots of reports show listing titles
#   libreoffice-impress — opens the PowerPoint deck (tns report --pptx) as a reader would, to PDF
#   libreoffice-calc  — opens the workbooks (tns report --xlsx) as a reader would, to PDF
#   poppler-utils     — pdftotext reads those PDFs back as text
# Runs apt-get as root, or through sudo when not root.
set -euo pipefail
missing=()
/usr/bin/python3 -c "import nbformat" >/dev/null 2>&1 || missing+=(python3-nbformat)
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[ -x /usr/bin/soffice ] || missing+=(libreoffice-impress)
dpkg -s libreoffice-calc >/dev/null 2>&1 || missing+=(libreoffice-calc)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
  echo "system deps: all present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "system deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
