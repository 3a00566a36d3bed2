export default definePageConfig({ navigationBarTitleText: '信访问答', enableShareAppMessage: true })
