export default definePageConfig({ navigationBarTitleText: '普法海报', enableShareAppMessage: true })
