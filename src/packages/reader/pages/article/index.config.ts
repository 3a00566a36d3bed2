export default definePageConfig({ navigationBarTitleText: '条文阅读', enableShareAppMessage: true, enableShareTimeline: true })
