export default definePageConfig({ navigationBarTitleText: '条例目录' })
