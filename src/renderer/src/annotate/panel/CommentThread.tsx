import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionComment } from '../../../../shared/domain/annotations';
import { formatTimestamp } from '../../library/format-date';
import { errorText } from '../../ui/error-text';
import { FailureNote } from '../../ui/FailureNote';

interface CommentThreadProps {
  comments: readonly RegionComment[];
  onAdd: (text: string) => Promise<void>;
}

/** The discussion beside a region's text: who said what and when, as plain text, and a form to add to it. */
export function CommentThread({ comments, onAdd }: CommentThreadProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState<{ busy: boolean; error?: string }>({ busy: false });

  const submit = async () => {
    if (!text.trim() || sending.busy) return;
    setSending({ busy: true });
    try {
      await onAdd(text.trim());
      setText('');
      setSending({ busy: false });
    } catch (error) {
      setSending({ busy: false, error: errorText(t, error) });
    }
  };

  return (
    <section className="comment-thread" aria-labelledby={`${id}-heading`} data-testid="comment-thread">
      <h3 id={`${id}-heading`}>{t('annotate.panel.comments.heading', { count: comments.length })}</h3>
      {comments.length > 0 && (
        <ol className="comments">
          {comments.map((comment) => (
            <li key={comment.id} className="comment" data-testid="comment">
              <p className="comment-meta">
                <span className="comment-author" dir="auto">
                  {comment.author || t('annotate.panel.anonymous')}
                </span>
                <time dateTime={comment.createdAt}>{formatTimestamp(comment.createdAt, i18n.language)}</time>
              </p>
              <p className="comment-text" dir="auto">
                {comment.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form className="comment-form" onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}>
        <textarea
          value={text}
          dir="auto"
          rows={2}
          maxLength={20_000}
          aria-label={t('annotate.panel.comments.new')}
          placeholder={t('annotate.panel.comments.new')}
          onChange={(event) => setText(event.target.value)}
          data-testid="comment-input"
        />
        <button type="submit" className="small" disabled={sending.busy || !text.trim()} data-testid="comment-add">
          {t('annotate.panel.comments.add')}
        </button>
      </form>
      <FailureNote message={sending.error} />
    </section>
  );
}
