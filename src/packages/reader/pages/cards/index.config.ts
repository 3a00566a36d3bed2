export default definePageConfig({ navigationBarTitleText: '条例图解', enableShareAppMessage: true })
