// Original file: proto/nestmall/ranking/v1/ranking.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BestSellersResponse as _nestmall_ranking_v1_BestSellersResponse, BestSellersResponse__Output as _nestmall_ranking_v1_BestSellersResponse__Output } from '../../../nestmall/ranking/v1/BestSellersResponse.js';
import type { BoughtTogetherRequest as _nestmall_ranking_v1_BoughtTogetherRequest, BoughtTogetherRequest__Output as _nestmall_ranking_v1_BoughtTogetherRequest__Output } from '../../../nestmall/ranking/v1/BoughtTogetherRequest.js';
import type { BoughtTogetherResponse as _nestmall_ranking_v1_BoughtTogetherResponse, BoughtTogetherResponse__Output as _nestmall_ranking_v1_BoughtTogetherResponse__Output } from '../../../nestmall/ranking/v1/BoughtTogetherResponse.js';
import type { RankingRequest as _nestmall_ranking_v1_RankingRequest, RankingRequest__Output as _nestmall_ranking_v1_RankingRequest__Output } from '../../../nestmall/ranking/v1/RankingRequest.js';
import type { TrendingResponse as _nestmall_ranking_v1_TrendingResponse, TrendingResponse__Output as _nestmall_ranking_v1_TrendingResponse__Output } from '../../../nestmall/ranking/v1/TrendingResponse.js';

export interface RankingServiceClient extends grpc.Client {
  BestSellers(argument: _nestmall_ranking_v1_RankingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_BestSellersResponse__Output>): grpc.ClientUnaryCall;
  BestSellers(argument: _nestmall_ranking_v1_RankingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_ranking_v1_BestSellersResponse__Output>): grpc.ClientUnaryCall;
  BestSellers(argument: _nestmall_ranking_v1_RankingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_BestSellersResponse__Output>): grpc.ClientUnaryCall;
  BestSellers(argument: _nestmall_ranking_v1_RankingRequest, callback: grpc.requestCallback<_nestmall_ranking_v1_BestSellersResponse__Output>): grpc.ClientUnaryCall;
  bestSellers(argument: _nestmall_ranking_v1_RankingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_BestSellersResponse__Output>): grpc.ClientUnaryCall;
  bestSellers(argument: _nestmall_ranking_v1_RankingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_ranking_v1_BestSellersResponse__Output>): grpc.ClientUnaryCall;
  bestSellers(argument: _nestmall_ranking_v1_RankingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_BestSellersResponse__Output>): grpc.ClientUnaryCall;
  bestSellers(argument: _nestmall_ranking_v1_RankingRequest, callback: grpc.requestCallback<_nestmall_ranking_v1_BestSellersResponse__Output>): grpc.ClientUnaryCall;
  
  BoughtTogether(argument: _nestmall_ranking_v1_BoughtTogetherRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_BoughtTogetherResponse__Output>): grpc.ClientUnaryCall;
  BoughtTogether(argument: _nestmall_ranking_v1_BoughtTogetherRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_ranking_v1_BoughtTogetherResponse__Output>): grpc.ClientUnaryCall;
  BoughtTogether(argument: _nestmall_ranking_v1_BoughtTogetherRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_BoughtTogetherResponse__Output>): grpc.ClientUnaryCall;
  BoughtTogether(argument: _nestmall_ranking_v1_BoughtTogetherRequest, callback: grpc.requestCallback<_nestmall_ranking_v1_BoughtTogetherResponse__Output>): grpc.ClientUnaryCall;
  boughtTogether(argument: _nestmall_ranking_v1_BoughtTogetherRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_BoughtTogetherResponse__Output>): grpc.ClientUnaryCall;
  boughtTogether(argument: _nestmall_ranking_v1_BoughtTogetherRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_ranking_v1_BoughtTogetherResponse__Output>): grpc.ClientUnaryCall;
  boughtTogether(argument: _nestmall_ranking_v1_BoughtTogetherRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_BoughtTogetherResponse__Output>): grpc.ClientUnaryCall;
  boughtTogether(argument: _nestmall_ranking_v1_BoughtTogetherRequest, callback: grpc.requestCallback<_nestmall_ranking_v1_BoughtTogetherResponse__Output>): grpc.ClientUnaryCall;
  
  Trending(argument: _nestmall_ranking_v1_RankingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_TrendingResponse__Output>): grpc.ClientUnaryCall;
  Trending(argument: _nestmall_ranking_v1_RankingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_ranking_v1_TrendingResponse__Output>): grpc.ClientUnaryCall;
  Trending(argument: _nestmall_ranking_v1_RankingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_TrendingResponse__Output>): grpc.ClientUnaryCall;
  Trending(argument: _nestmall_ranking_v1_RankingRequest, callback: grpc.requestCallback<_nestmall_ranking_v1_TrendingResponse__Output>): grpc.ClientUnaryCall;
  trending(argument: _nestmall_ranking_v1_RankingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_TrendingResponse__Output>): grpc.ClientUnaryCall;
  trending(argument: _nestmall_ranking_v1_RankingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_nestmall_ranking_v1_TrendingResponse__Output>): grpc.ClientUnaryCall;
  trending(argument: _nestmall_ranking_v1_RankingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_nestmall_ranking_v1_TrendingResponse__Output>): grpc.ClientUnaryCall;
  trending(argument: _nestmall_ranking_v1_RankingRequest, callback: grpc.requestCallback<_nestmall_ranking_v1_TrendingResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface RankingServiceHandlers extends grpc.UntypedServiceImplementation {
  BestSellers: grpc.handleUnaryCall<_nestmall_ranking_v1_RankingRequest__Output, _nestmall_ranking_v1_BestSellersResponse>;
  
  BoughtTogether: grpc.handleUnaryCall<_nestmall_ranking_v1_BoughtTogetherRequest__Output, _nestmall_ranking_v1_BoughtTogetherResponse>;
  
  Trending: grpc.handleUnaryCall<_nestmall_ranking_v1_RankingRequest__Output, _nestmall_ranking_v1_TrendingResponse>;
  
}

export interface RankingServiceDefinition extends grpc.ServiceDefinition {
  BestSellers: MethodDefinition<_nestmall_ranking_v1_RankingRequest, _nestmall_ranking_v1_BestSellersResponse, _nestmall_ranking_v1_RankingRequest__Output, _nestmall_ranking_v1_BestSellersResponse__Output>
  BoughtTogether: MethodDefinition<_nestmall_ranking_v1_BoughtTogetherRequest, _nestmall_ranking_v1_BoughtTogetherResponse, _nestmall_ranking_v1_BoughtTogetherRequest__Output, _nestmall_ranking_v1_BoughtTogetherResponse__Output>
  Trending: MethodDefinition<_nestmall_ranking_v1_RankingRequest, _nestmall_ranking_v1_TrendingResponse, _nestmall_ranking_v1_RankingRequest__Output, _nestmall_ranking_v1_TrendingResponse__Output>
}
