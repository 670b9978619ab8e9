import { snippetParts } from './snippet-parts';
import './snippet.css';

/** A hit's context as text, its matching words in <mark>: never HTML, whatever the transcription holds. */
export function Snippet({ text, highlights }: { text: string; highlights: readonly { start: number; end: number }[] }) {
  return (
    // A snippet may be in the Arabic script: its own direction, found from its first strong letter.
    <span className="search-snippet" dir="auto" data-testid="search-snippet">
      {snippetParts(text, highlights).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
    </span>
  );
}
