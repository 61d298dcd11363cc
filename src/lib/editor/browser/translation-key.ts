/**
 * The translationKey field: read-only, filled in for a new release as
 * `npm run new` makes it (six words of the headline and the year, unique),
 * kept as it is for a release that has one. The CMS writes the same key into
 * every language version (it is the i18n canonical slug).
 */
import { newKey } from '../../tools/write-release.ts';

interface Props {
  value?: string;
  forID: string;
  classNameWrapper: string;
  onChange(value: string): void;
  entry?: { getIn(path: string[]): unknown };
}
type CreateClass = (spec: Record<string, unknown>) => unknown;
type H = (tag: string, props: Record<string, unknown>) => unknown;

export function translationKeyControl(taken: ReadonlySet<string>) {
  const w = window as unknown as { createClass: CreateClass; h: H };
  // The key this page made last: while the field holds it, the release is new and the key follows its headline.
  let made = '';
  const sync = (props: Props) => {
    if (props.value && props.value !== made) return;
    const title = String(props.entry?.getIn(['data', 'title']) ?? '').trim();
    const year = String(props.entry?.getIn(['data', 'date']) ?? '').slice(0, 4);
    if (!title || !/^\d{4}$/.test(year)) return;
    const key = newKey(title, year, new Set(taken));
    if (key !== props.value) { made = key; props.onChange(key); }
  };
  return w.createClass({
    componentDidMount(this: { props: Props }) { sync(this.props); },
    componentDidUpdate(this: { props: Props }) { sync(this.props); },
    render(this: { props: Props }) {
      return w.h('input', { id: this.props.forID, className: this.props.classNameWrapper, value: this.props.value ?? '', readOnly: true });
    },
  });
}
