export default definePageConfig({ navigationBarTitleText: '联系信访部门' })
