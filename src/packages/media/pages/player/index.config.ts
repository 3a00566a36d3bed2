export default definePageConfig({ navigationBarTitleText: '动漫宣传片', enableShareAppMessage: true })
