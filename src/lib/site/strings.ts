// The site's own words (header, sidebar, footer, page chrome) in every
// language. Rendered at build time: client scripts read what they need from
// data attributes, so no catalog ships as JavaScript.
import type { Locale } from '../i18n/locale.ts';

const en = {
  siteName: 'Zero Point',
  skipToContent: 'Skip to content',
  nav: { label: 'Site', lessons: 'Lessons', widgets: 'Widgets', inspect: 'Inspect', glossary: 'Glossary' },
  search: { button: 'Search', label: 'Search the lessons' },
  theme: {
    auto: 'Auto',
    light: 'Light',
    dark: 'Dark',
    autoLabel: 'Auto theme (follows the system): change theme',
    lightLabel: 'Light theme: change theme',
    darkLabel: 'Dark theme: change theme',
  },
  language: { label: 'Language', switchTo: 'Read this page in {language}' },
  footer:
    'Zero Point explains quantization as TensorFlow Lite does it. Text and code are MIT licensed, © {year}. Math is typeset at build time with KaTeX; search runs offline with Pagefind.',
  sidebar: { label: 'Lessons', position: '{order} of {total}' },
  toc: { label: 'On this page' },
  prevNext: { label: 'Previous and next lesson', prev: 'Previous', next: 'Next' },
  lesson: { eyebrow: 'Lesson {order}', questions: 'Questions this lesson answers' },
  callout: { note: 'Note', tip: 'Tip', pitfall: 'Pitfall', separator: ': ' },
  cell: { gutter: 'widget' },
  code: { copy: 'Copy', copied: 'Copied', pressCtrlC: 'Press Ctrl+C', copyCode: 'Copy code', copyLangCode: 'Copy {lang} code' },
  home: {
    title: 'Zero Point',
    description:
      'Interactive lessons on neural-network quantization as TensorFlow Lite does it: scale, zero point, int8 and uint8, with live widgets.',
    start: 'Start with lesson 1',
    lessons: 'Lessons',
    questionsIn: 'Questions answered in {title}',
  },
  searchPage: {
    title: 'Search',
    description: 'Search every Zero Point lesson, offline.',
    label: 'Search the lessons',
    placeholder: 'e.g. zero point, int8, rounding',
    submit: 'Search',
    idle: 'Type a word and press Enter. Search runs in your browser; nothing is sent anywhere.',
    empty: 'Type a word to search.',
    none: 'No lesson mentions “{query}”.',
    resultsOne: '1 result for “{query}”.',
    resultsOther: '{count} results for “{query}”.',
    missing: 'The search index is missing. It is built by `npm run build`; the dev server has none.',
    noscript: 'Search needs JavaScript. The {link} links every lesson.',
    noscriptLink: 'lesson list',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist on Zero Point.',
    heading: 'This page is out of range',
    body: 'Like a value past max, the address you followed was clipped. Nothing lives here.',
    home: 'Go to the lesson list',
    search: 'Search',
  },
  glossary: {
    title: 'Glossary',
    description: 'The quantization terms Zero Point uses, each with a short definition and the lesson that explains it.',
    lede: 'The words the lessons use, in one place. Each entry links to the lesson that explains it with a widget.',
    explainedIn: 'Explained in {lesson}',
  },
  embed: {
    titleSuffix: '(embedded) · Zero Point',
    heading: '{widget}, embedded from Zero Point',
    open: 'Open in Zero Point',
    openHidden: ': lesson “{lesson}” (opens in a new tab)',
    unknownOne: 'Ignored {count} unknown parameter in this embed’s address; settings look like {namespace}.min=-1.',
    unknownOther: 'Ignored {count} unknown parameters in this embed’s address; settings look like {namespace}.min=-1.',
  },
};

export type SiteStrings = typeof en;

const zh: SiteStrings = {
  siteName: 'Zero Point',
  skipToContent: '跳到正文',
  nav: { label: '站点', lessons: '课程', widgets: '组件', inspect: '模型检查', glossary: '术语表' },
  search: { button: '搜索', label: '搜索课程' },
  theme: {
    auto: '自动',
    light: '浅色',
    dark: '深色',
    autoLabel: '自动主题（跟随系统）：切换主题',
    lightLabel: '浅色主题：切换主题',
    darkLabel: '深色主题：切换主题',
  },
  language: { label: '语言', switchTo: '用{language}阅读本页' },
  footer:
    'Zero Point 讲解 TensorFlow Lite 中的量化。文字与代码以 MIT 许可证发布，© {year}。数学公式在构建时由 KaTeX 排版；搜索由 Pagefind 在本地离线完成。',
  sidebar: { label: '课程', position: '第 {order} 课，共 {total} 课' },
  toc: { label: '本页内容' },
  prevNext: { label: '上一课与下一课', prev: '上一课', next: '下一课' },
  lesson: { eyebrow: '第 {order} 课', questions: '本课回答的问题' },
  callout: { note: '说明', tip: '提示', pitfall: '陷阱', separator: '：' },
  cell: { gutter: '组件' },
  code: { copy: '复制', copied: '已复制', pressCtrlC: '请按 Ctrl+C', copyCode: '复制代码', copyLangCode: '复制 {lang} 代码' },
  home: {
    title: 'Zero Point',
    description: '交互式讲解 TensorFlow Lite 中的神经网络量化：缩放因子、零点、int8 与 uint8，配有可以直接拖动的实时组件。',
    start: '从第 1 课开始',
    lessons: '课程',
    questionsIn: '《{title}》回答的问题',
  },
  searchPage: {
    title: '搜索',
    description: '离线搜索 Zero Point 的全部课程。',
    label: '搜索课程',
    placeholder: '例如：零点、int8、舍入',
    submit: '搜索',
    idle: '输入关键词后按回车。搜索完全在浏览器中进行，不会向任何地方发送数据。',
    empty: '请输入要搜索的词。',
    none: '没有课程提到“{query}”。',
    resultsOne: '“{query}”共有 1 条结果。',
    resultsOther: '“{query}”共有 {count} 条结果。',
    missing: '缺少搜索索引。索引由 `npm run build` 生成，开发服务器上没有。',
    noscript: '搜索需要 JavaScript。{link}列出了全部课程。',
    noscriptLink: '课程列表',
  },
  notFound: {
    title: '页面不存在',
    description: 'Zero Point 上没有这个页面。',
    heading: '这个地址超出了范围',
    body: '就像超过 max 的值会被截断一样，你访问的地址也被“截断”了：这里什么都没有。',
    home: '返回课程列表',
    search: '搜索',
  },
  glossary: {
    title: '术语表',
    description: 'Zero Point 使用的量化术语，每个术语附简短定义，并链接到讲解它的课程。',
    lede: '课程里用到的术语都汇总在这里。每个条目都链接到用交互组件讲解它的那一课。',
    explainedIn: '详见《{lesson}》',
  },
  embed: {
    titleSuffix: '（嵌入）· Zero Point',
    heading: '{widget}，嵌入自 Zero Point',
    open: '在 Zero Point 中打开',
    openHidden: '：课程《{lesson}》（在新标签页中打开）',
    unknownOne: '已忽略这个嵌入页地址中的 {count} 个未知参数；设置的写法类似 {namespace}.min=-1。',
    unknownOther: '已忽略这个嵌入页地址中的 {count} 个未知参数；设置的写法类似 {namespace}.min=-1。',
  },
};

export const siteStrings: Readonly<Record<Locale, SiteStrings>> = { en, zh };
