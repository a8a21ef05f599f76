import { Controller, UseGuards } from '@nestjs/common';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import { CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import type { AddAddressRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/AddAddressRequest.js';
import type { Address } from '@nestmall/contracts/generated/nestmall/user/v1/Address.js';
import type { AddressFields__Output } from '@nestmall/contracts/generated/nestmall/user/v1/AddressFields.js';
import type { AddressRef__Output } from '@nestmall/contracts/generated/nestmall/user/v1/AddressRef.js';
import type { Empty } from '@nestmall/contracts/generated/nestmall/user/v1/Empty.js';
import type { ListAddressesResponse } from '@nestmall/contracts/generated/nestmall/user/v1/ListAddressesResponse.js';
import type { UpdateAddressRequest__Output } from '@nestmall/contracts/generated/nestmall/user/v1/UpdateAddressRequest.js';
import { AddAddress } from '../../application/add-address.js';
import type { AddressInput, AddressView } from '../../application/address-view.js';
import { GetAddress } from '../../application/get-address.js';
import { ListAddresses } from '../../application/list-addresses.js';
import { RemoveAddress } from '../../application/remove-address.js';
import { SetDefaultAddress } from '../../application/set-default-address.js';
import { UpdateAddress } from '../../application/update-address.js';

const USER_SERVICE = 'nestmall.user.v1.UserService';

/** The buyer's shipping addresses over gRPC, for the access token's subject only. */
@Controller()
@UseGuards(JwtAuthGuard)
export class AddressesGrpcController {
  constructor(
    private readonly listAddresses: ListAddresses,
    private readonly getAddress: GetAddress,
    private readonly addAddress: AddAddress,
    private readonly updateAddress: UpdateAddress,
    private readonly removeAddress: RemoveAddress,
    private readonly setDefaultAddress: SetDefaultAddress,
  ) {}

  @GrpcMethod(USER_SERVICE, 'ListAddresses')
  async list(@CurrentUser() user: AuthenticatedUser): Promise<ListAddressesResponse> {
    return { addresses: (await this.listAddresses.execute(user.userId)).map(toAddressMessage) };
  }

  @GrpcMethod(USER_SERVICE, 'GetAddress')
  async get(
    @Payload() request: AddressRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Address> {
    return toAddressMessage(await this.getAddress.execute(user.userId, request.address_id));
  }

  @GrpcMethod(USER_SERVICE, 'AddAddress')
  async add(
    @Payload() request: AddAddressRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Address> {
    const input = toAddressInput(request.address);
    const view = await this.addAddress.execute(user.userId, input, request.make_default);
    return toAddressMessage(view);
  }

  @GrpcMethod(USER_SERVICE, 'UpdateAddress')
  async update(
    @Payload() request: UpdateAddressRequest__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Address> {
    const input = toAddressInput(request.address);
    const view = await this.updateAddress.execute(user.userId, request.address_id, input);
    return toAddressMessage(view);
  }

  @GrpcMethod(USER_SERVICE, 'RemoveAddress')
  async remove(
    @Payload() request: AddressRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Empty> {
    await this.removeAddress.execute(user.userId, request.address_id);
    return {};
  }

  @GrpcMethod(USER_SERVICE, 'SetDefaultAddress')
  async setDefault(
    @Payload() request: AddressRef__Output,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Address> {
    return toAddressMessage(await this.setDefaultAddress.execute(user.userId, request.address_id));
  }
}

/** A missing message is all fields empty: the use case names the first one that is wrong. */
function toAddressInput(fields: AddressFields__Output | null): AddressInput {
  return {
    recipient: fields?.recipient ?? '',
    mobile: fields?.mobile ?? '',
    province: fields?.province ?? '',
    city: fields?.city ?? '',
    district: fields?.district ?? '',
    street: fields?.street ?? '',
    postal_code: fields?.postal_code || null,
  };
}

function toAddressMessage(view: AddressView): Address {
  const { postal_code, ...rest } = view;
  return postal_code === null ? rest : { ...rest, postal_code };
}
