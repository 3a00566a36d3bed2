export default definePageConfig({ navigationBarTitleText: '活动日历', enableShareAppMessage: true })
