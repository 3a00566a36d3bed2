export default definePageConfig({ navigationBarTitleText: '信访流程图' })
