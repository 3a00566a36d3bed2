#!/usr/bin/env bash
# `npm start`: build the mini-program (dist/weapp) and the H5 app (dist/h5), then start the API
# server on the embedded SQLite database (sample events are loaded on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "构建微信小程序 dist/weapp …"
npx taro build --type weapp > /tmp/yifa-build-weapp.log 2>&1 || { tail -40 /tmp/yifa-build-weapp.log; exit 1; }
echo "构建 H5 dist/h5 …"
npx taro build --type h5 > /tmp/yifa-build-h5.log 2>&1 || { tail -40 /tmp/yifa-build-h5.log; exit 1; }
echo "构建工作台 dist/admin …"
npx tsx scripts/build-admin.ts
cat <<MSG

小程序已构建到 dist/weapp：打开微信开发者工具 →「导入项目」→ 选择本仓库根目录
（project.config.json 的 miniprogramRoot 指向 dist/weapp；本地调试请在「详情 → 本地设置」勾选「不校验合法域名」）。
WeChat mini-program built in dist/weapp: in WeChat DevTools choose Import Project and pick this folder.

MSG
exec node --import tsx server/main.ts
