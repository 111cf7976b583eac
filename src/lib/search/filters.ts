// Build time: the search filters, one source for the values an article is indexed under (its page
// writes them for Pagefind) and the options the search page offers (ids in the URL, values in the index).
import { t } from '../../i18n/site.ts';
import { CATEGORIES } from '../../schemas/categories.ts';
import type { Lang } from '../../schemas/languages.ts';
import { VERSIONS } from '../../schemas/versions.ts';
import {
  articlesIn,
  codesByCitations,
  logCatalogue,
  type Article,
} from '../content/knowledge-base.ts';
import type { FilterName } from './url-state.ts';

/** One option of a filter: its id in the URL and its value in the Pagefind index. */
export interface FilterOption {
  id: string;
  value: string;
}
/** A filter and its options, in display order. */
export interface FilterGroup {
  name: FilterName;
  label: string;
  options: FilterOption[];
}

const logName = (id: string) => logCatalogue.get(id)?.name ?? id;

/** The filter values of one article, e.g. [['version', 'ConfigMgr 2007 SP2'], ['code', '0x80072EE9']]. */
export function articleFilters(article: Article): [FilterName, string][] {
  const ui = t(article.lang);
  const { facts } = article;
  return [
    ['category', ui.categories[facts.category]],
    ...facts.versions.map((v): [FilterName, string] => ['version', ui.versions[v]]),
    ...facts.logs.map((id): [FilterName, string] => ['log', logName(id)]),
    ...facts.codes.map((code): [FilterName, string] => ['code', code]),
  ];
}

/** The filters the search page offers in a language: only values some article has. */
export function filterGroups(lang: Lang): FilterGroup[] {
  const ui = t(lang);
  const articles = articlesIn(lang);
  const has = (pick: (a: Article) => readonly string[], id: string) =>
    articles.some((a) => pick(a).includes(id));
  return [
    {
      name: 'category',
      label: ui.category,
      options: CATEGORIES.filter((c) => has((a) => [a.facts.category], c)).map((c) => ({
        id: c,
        value: ui.categories[c],
      })),
    },
    {
      name: 'version',
      label: ui.appliesTo,
      options: VERSIONS.filter((v) => has((a) => a.facts.versions, v)).map((v) => ({
        id: v,
        value: ui.versions[v],
      })),
    },
    {
      name: 'log',
      label: ui.logFiles,
      options: [...logCatalogue.keys()]
        .filter((id) => has((a) => a.facts.logs, id))
        .map((id) => ({ id, value: logName(id) })),
    },
    {
      name: 'code',
      label: ui.errorCodes,
      options: codesByCitations(lang).map(({ code }) => ({ id: code, value: code })),
    },
  ];
}
