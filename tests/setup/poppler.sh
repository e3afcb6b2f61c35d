# The bench's PDF figure times PdfPig against pdftotext (poppler-utils); install it when missing, so the bench test measures it.
command -v pdftotext >/dev/null || { apt-get update && apt-get install -y poppler-utils; }
