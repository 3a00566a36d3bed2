export default definePageConfig({ navigationBarTitleText: '关于本程序' })
