# The browser tests drive the system Chromium (Playwright may not download browsers here); install it when missing.
command -v chromium >/dev/null || { apt-get update && apt-get install -y chromium; }
