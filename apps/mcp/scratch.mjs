import { startEmulator } from '@keyless/cloudwatch-emulator';
import { createCloudWatchTool } from '@keyless/cloudwatch';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED='true';
const em = await startEmulator({ seed: 'demo' });
const tool = createCloudWatchTool({ endpoint: em.url, auth: 'sdk', credentials: em.credentials, env: {} });
const g = await tool.listLogGroups({});
console.log(JSON.stringify(g).slice(0, 600));
const e = await tool.filterLogEvents({ logGroupName: '/ecs/payments', limit: 3, start: '2h' });
console.log(JSON.stringify(e).slice(0, 800));
const m = await tool.listMetrics({ limit: 100 });
console.log(m.metrics.length, JSON.stringify(m.metrics.slice(0,3)), m.nextToken, m.truncated);
const a = await tool.describeAlarms({});
console.log(a.alarms.length, JSON.stringify(a.alarms[0]).slice(0,900));
const h = await tool.getAlarmHistory({});
console.log(h.items.length, JSON.stringify(h.items[0]));
const d = await tool.getMetricData({ namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: m.metrics.find(x=>x.metricName==='Errors').dimensions });
console.log(d.datapoints.length, JSON.stringify(d).slice(0,300));
try { console.log(await tool.startQuery({ logGroupNames: ['/ecs/payments'], queryString: 'fields @message | limit 5' })); } catch (err) { console.log('startQuery', err.code, err.message); }
await em.close(); tool.destroy();
