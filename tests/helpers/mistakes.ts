// Editors' mistakes, each planted in one file of a copy of the `basic` fixture, with the exact
// one-line message that names it. Used by the build tests and the `npm run check` tests alike.

export const QUESTION = 'questions/trade-secrets.md';

export type Mistake = [name: string, file: string, edit: (text: string) => string, message: string];

const ANOTHER_QUESTION = `---
title: 另一个问题
question: 同名文件。
category: ip
lawyer: wang-fang
published: 2025-03-02
---

内容。
`;

export const MISTAKES: Mistake[] = [
  [
    'a duplicate slug in another folder',
    'questions/more/trade-secrets.md',
    () => ANOTHER_QUESTION,
    'questions/more/trade-secrets.md: slug: 文件名“trade-secrets”与',
  ],
  [
    'a script in the answer',
    QUESTION,
    (t) => `${t}\n<script>alert(1)</script>\n`,
    `${QUESTION}:19:1: 正文: 解答中不能有脚本、内嵌框架或事件属性（<script>）：请删去，解答只用 Markdown 书写`,
  ],
  [
    'a missing title',
    QUESTION,
    (t) => t.replace(/^title:.*\n/m, ''),
    `${QUESTION}: title: 缺少问题标题：请添加一行 title: …`,
  ],
  [
    'an unknown lawyer',
    QUESTION,
    (t) => t.replace('lawyer: wang-fang', 'lawyer: li-si'),
    `${QUESTION}:6: lawyer: 找不到作者“li-si”：应为 content/lawyers/ 中的 editors、wang-fang 之一`,
  ],
  [
    'an unknown category',
    QUESTION,
    (t) => t.replace('category: ip', 'category: tax'),
    `${QUESTION}:4: category: 找不到分类“tax”：应为 content/categories/ 中的 contracts、ip 之一`,
  ],
  [
    'a cited article the version in force does not have',
    QUESTION,
    (t) => t.replace('article: 9 }', 'article: 40 }'),
    `${QUESTION}:8: statutes[0].article: 《反不正当竞争法》2019-04-23 起施行的版本（解答日期 2025-03-01 时有效）没有第四十条：该版本为第一条至第三十三条`,
  ],
  [
    'a related slug with no question',
    QUESTION,
    (t) => t.replace('related: [new-law]', 'related: [new-law, no-such-question]'),
    `${QUESTION}:9: related[1]: 找不到相关问题“no-such-question”：content/questions/ 下没有 no-such-question.md`,
  ],
  [
    'a malformed date',
    QUESTION,
    (t) => t.replace('published: 2025-03-01', 'published: 2025-02-30'),
    `${QUESTION}:10: published: “2025-02-30”不是有效日期，应为 YYYY-MM-DD，例如 2026-11-27`,
  ],
  [
    'an article cited in the answer text that the law does not have',
    QUESTION,
    (t) => `${t}\n另见民法典第一千三百条。\n`,
    `${QUESTION}:19:3: 正文: 《民法典》2021-01-01 起施行的版本（解答日期 2025-03-01 时有效）没有第一千三百条：该版本为第一条至第一千二百六十条`,
  ],
  [
    'broken YAML',
    QUESTION,
    (t) => t.replace('tags: [商业秘密]', 'tags: [商业秘密'),
    `${QUESTION}:7: (yaml): YAML 格式错误：missed comma between flow collection entries（检查冒号、缩进和引号）`,
  ],
];
