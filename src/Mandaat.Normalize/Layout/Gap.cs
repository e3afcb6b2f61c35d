namespace Mandaat.Normalize.Layout;

/// <summary>
/// What lies between two consecutive kept text lines: empty lines, whitespace-only lines, removed
/// artefacts, a page turn; and whether the sentence visibly runs on across it (no final punctuation
/// before, a lower-case word after).
/// </summary>
internal readonly record struct Gap(int EmptyLines, int WhitespaceLines, bool HadArtefact, bool PageTurn, bool SentenceRunsOn);
