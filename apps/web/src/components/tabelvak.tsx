import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The scroll container of a wide table. On a narrow screen (WCAG 1.4.10 reflow) the table scrolls
 * sideways inside it; keyboard users can only scroll what can take focus (2.1.1), so the container
 * is a focusable region named by the table's caption, but only while it actually overflows (an
 * extra tab stop that does nothing would only be in the way).
 */
export function Tabelvak({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const reserveId = useId();
  const [scrollt, zetScrollt] = useState(false);
  const [naamId, zetNaamId] = useState<string | undefined>(undefined);

  useEffect(() => {
    const element = ref.current!;
    const caption = element.querySelector('caption');
    if (caption) {
      if (!caption.id) caption.id = `${reserveId}-bijschrift`;
      zetNaamId(caption.id);
    }
    const meet = () => zetScrollt(element.scrollWidth > element.clientWidth + 1);
    meet();
    const observer = new ResizeObserver(meet);
    observer.observe(element);
    return () => observer.disconnect();
  }, [reserveId]);

  return (
    <div ref={ref} className="vt-tabel-container" {...(scrollt ? { tabIndex: 0, role: 'region', 'aria-labelledby': naamId } : {})}>
      {children}
    </div>
  );
}
