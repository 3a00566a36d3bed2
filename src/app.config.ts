// Tab pages live in the main package; everything else in subpackages so the main package stays
// small (WeChat: 2 MB per package; our budget: 1 MB for the main one, see `npm run size`).
export default defineAppConfig({
  // WeChat checks privacy-scoped APIs against the 用户隐私保护指引 (docs/release.md, npm run privacy-manifest).
  __usePrivacyCheck__: true,
  pages: ['pages/index/index', 'pages/guide/index', 'pages/qa/index', 'pages/events/index', 'pages/mine/index'],
  subPackages: [
    { root: 'packages/reader', pages: ['pages/article/index', 'pages/toc/index', 'pages/cards/index'] },
    { root: 'packages/guide', pages: ['pages/process/index', 'pages/deadline/index'] },
    { root: 'packages/qa', pages: ['pages/detail/index'] },
    { root: 'packages/media', pages: ['pages/clips/index', 'pages/player/index', 'pages/posters/index'] },
    { root: 'packages/events', pages: ['pages/detail/index', 'pages/signup/index', 'pages/privacy/index', 'pages/checkin/index'] },
    { root: 'packages/about', pages: ['pages/contact/index', 'pages/about/index'] }
  ],
  // Fetch the reader while the home page shows, and the events package on the 活动 tab, so the
  // first tap into them does not wait for a download.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/reader'] },
    'pages/events/index': { network: 'all', packages: ['packages/events'] }
  },
  // Which pages WeChat search may index: content yes, personal pages no (src/sitemap.json).
  sitemapLocation: 'sitemap.json',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1F5FAD',
    navigationBarTitleText: '依法信访',
    navigationBarTextStyle: 'white',
    // WeChat's default; on H5 it also turns on Taro's own bar with a back button, or a home
    // button when a shared link opened a sub-page directly (hidden unless set explicitly).
    navigationStyle: 'default',
    backgroundColor: '#F5F6F8'
  },
  tabBar: {
    color: '#4A4F57',
    selectedColor: '#1F5FAD',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/guide/index', text: '引导', iconPath: 'assets/tabbar/guide.png', selectedIconPath: 'assets/tabbar/guide-active.png' },
      { pagePath: 'pages/qa/index', text: '问答', iconPath: 'assets/tabbar/qa.png', selectedIconPath: 'assets/tabbar/qa-active.png' },
      { pagePath: 'pages/events/index', text: '活动', iconPath: 'assets/tabbar/events.png', selectedIconPath: 'assets/tabbar/events-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tabbar/mine.png', selectedIconPath: 'assets/tabbar/mine-active.png' }
    ]
  }
})
