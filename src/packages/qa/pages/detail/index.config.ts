export default definePageConfig({ navigationBarTitleText: '问答详情', enableShareAppMessage: true, enableShareTimeline: true })
