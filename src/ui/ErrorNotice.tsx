interface ErrorNoticeProps {
  title: string;
  message: string;
}

/** A visible, announced error: what failed, and the file, row and column where known. */
export function ErrorNotice({ title, message }: ErrorNoticeProps) {
  return (
    <div className="error" role="alert">
      <strong>{title}</strong>
      <p>{message}</p>
    </div>
  );
}
