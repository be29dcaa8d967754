// The briefing at the top of the popup: the page's topic told by its knowledge-base entry (dated facts, what
// came after), with the date the facts were checked. Every sentence comes from an entry.
import type { Briefing } from '../kb/briefing';
import { KIND_KEYS } from '../i18n/kinds';
import type { Translator } from '../i18n/translate';

export function BriefingView({ briefing, t }: { briefing: Briefing; t: Translator }) {
  const { topic, points, after, asOf } = briefing;
  return (
    <section class="briefing" aria-labelledby="briefing-title">
      <h2 id="briefing-title">{t.t('briefingHeading')}</h2>
      <p class="briefing-topic">
        <strong>{topic.name}</strong> <span class="kind">{t.t(KIND_KEYS[topic.type])}</span>
      </p>
      <dl class="briefing-points">
        {points.map((p) => (
          <div key={p.label + p.value}>
            <dt>{p.label}</dt>
            <dd>
              {p.value}
              {/* The date is shown unless the value already says when (its year appears in it). */}
              {p.date && !p.value.includes(p.date.slice(0, 4)) && (
                <>
                  {' '}
                  <time dateTime={p.date}>({t.date(p.date)})</time>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {after.length > 0 && (
        <>
          <h3>{t.t('briefingAfter')}</h3>
          <ol class="briefing-after">
            {after.map((a) => (
              <li key={a.date}>
                <time dateTime={a.date}>{t.date(a.date)}</time> {a.text} <span class="from">({a.entryName})</span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="asof">{t.t('briefingAsOf', t.date(asOf))}</p>
    </section>
  );
}
