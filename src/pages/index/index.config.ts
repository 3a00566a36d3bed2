export default definePageConfig({ navigationBarTitleText: '依法信访' })
